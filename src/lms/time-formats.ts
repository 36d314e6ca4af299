/** Times and durations the way each standard writes them. */

function parts(ms: number): { hours: number; minutes: number; seconds: number } {
  const centiseconds = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6000);
  const seconds = (centiseconds % 6000) / 100;
  return { hours, minutes, seconds };
}

const two = (value: number) => String(value).padStart(2, '0');

/** SCORM 1.2 CMITimespan: `HHHH:MM:SS.SS` (hours 2 to 4 digits). */
export function scorm12Timespan(ms: number): string {
  const { hours, minutes, seconds } = parts(Math.min(ms, 9999 * 3_600_000 + 3_599_990));
  const [whole, fraction = '00'] = seconds.toFixed(2).split('.');
  return `${two(hours)}:${two(minutes)}:${(whole ?? '0').padStart(2, '0')}.${fraction}`;
}

/** SCORM 1.2 CMITime: the time of day `HH:MM:SS` (UTC) of a wall-clock instant. */
export function scorm12TimeOfDay(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(11, 19);
}

/** ISO 8601 duration (SCORM 2004 timeinterval, xAPI duration): `PT1H2M3.45S`, centiseconds. */
export function isoDuration(ms: number): string {
  const { hours, minutes, seconds } = parts(ms);
  const hourPart = hours > 0 ? `${hours}H` : '';
  const minutePart = minutes > 0 ? `${minutes}M` : '';
  const secondPart = `${Number(seconds.toFixed(2))}S`;
  return `PT${hourPart}${minutePart}${secondPart}`;
}

/** SCORM 2004 time(second,10,0): `YYYY-MM-DDThh:mm:ss.s` with centiseconds and "Z". */
export function scorm2004Timestamp(epochMs: number): string {
  return new Date(epochMs).toISOString().replace(/(\.\d{2})\dZ$/, '$1Z');
}
