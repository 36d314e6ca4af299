/**
 * The score bands, defined once: every 0–100 score the debrief shows carries one of these
 * words, the archetypes read the same edges (emerging = low, developing = mid, strong and
 * exemplary = high), and the track profile calls a dimension "consistently strong" with them.
 */
export type ScoreBand = 'emerging' | 'developing' | 'strong' | 'exemplary';

/** Each band starts at `from` (inclusive) and runs up to the next band's `from`. */
export const SCORE_BANDS: ReadonlyArray<{ band: ScoreBand; from: number }> = [
  { band: 'emerging', from: 0 },
  { band: 'developing', from: 40 },
  { band: 'strong', from: 70 },
  { band: 'exemplary', from: 85 },
];

/** The lowest score of a band (e.g. `bandFloor('strong')` is 70). */
export function bandFloor(band: ScoreBand): number {
  return SCORE_BANDS.find((entry) => entry.band === band)?.from ?? 0;
}

/** The band of a 0–100 score; values outside 0–100 fall in the nearest band, so it is total. */
export function scoreBand(score: number): ScoreBand {
  let found: ScoreBand = 'emerging';
  for (const entry of SCORE_BANDS) if (score >= entry.from) found = entry.band;
  return found;
}

/** "0–39", "40–69", "70–84", "85–100": the band's range as the debrief prints it. */
export function bandRange(band: ScoreBand): string {
  const index = SCORE_BANDS.findIndex((entry) => entry.band === band);
  const from = SCORE_BANDS[index]?.from ?? 0;
  const next = SCORE_BANDS[index + 1];
  return `${from}–${next ? next.from - 1 : 100}`;
}

/** Strong or exemplary: the band a score must reach to count as "high". */
export function isHigh(score: number | null): boolean {
  return score !== null && score >= bandFloor('strong');
}
