import type { Note } from '../continuity-notes';

/** Several lines that assert nothing about the run, for one reason. */
export function noClaims(locations: string[], why: string): Record<string, Note> {
  return Object.fromEntries(locations.map((location) => [location, { noClaim: why }]));
}
