/**
 * The one file name a session log is saved under, everywhere (debrief, banner, facilitator):
 * `<alias>-<scenario>-<date>.session.json`, so a facilitator collecting a room's files can tell
 * them apart. Without an alias the time of day keeps two runs of one day apart.
 */
import type { SessionLog } from './types';

/** Lowercase letters and digits joined by "-": safe in every file system, readable. */
export function fileNamePart(text: string, maxLength = 40): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}

/** "2026-12-01" and "2026-12-01-0942" from the log's ISO start time; empty when it has none. */
function datePart(startedAt: string, withTime: boolean): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2}))?/.exec(startedAt);
  if (!match) return '';
  const [, day, hours, minutes] = match;
  return withTime && hours && minutes ? `${day}-${hours}${minutes}` : (day ?? '');
}

export function sessionFileName(log: SessionLog): string {
  const alias = fileNamePart(log.alias ?? '');
  const parts = [alias, fileNamePart(log.scenarioId, 60), datePart(log.startedAt, !alias)];
  return `${parts.filter((part) => part !== '').join('-')}.session.json`;
}
