/**
 * Leadership archetypes: a short, memorable reading of the pattern of the three normalised
 * scores. Each score falls in a band (bands.ts); the archetype follows from which dimensions
 * are high (strong or exemplary), so the rule is easy to explain to a participant and to test.
 * The prose is in archetypes.json; reading.ts ties it to the leader's own decisions.
 */
import { DIMENSIONS } from '../scenario/schema';
import type { Dimension } from '../scenario/schema';
import type { ArchetypeContent, ArchetypeId, TryNextIdea } from './archetype-content';
import { scoreBand } from './bands';
import content from './archetypes.json';

export type { ArchetypeId } from './archetype-content';

/** The typed import holds the file to the schema's shape; the tests parse it with zod too. */
export const ARCHETYPE_CONTENT: ArchetypeContent = content;

export type Band = 'low' | 'mid' | 'high';

export const DIMENSION_NAMES: Record<Dimension, string> = {
  customerFocus: 'Customer focus',
  adaptability: 'Adaptability',
  empowerment: 'Empowerment',
};

export interface Archetype {
  id: ArchetypeId;
  name: string;
  summary: string;
  tryNext: TryNextIdea[];
}

/** Normalised scores as the profile gives them; null means the scenario does not measure it. */
export type DimensionScores = Record<Dimension, number | null>;

/** Archetype per set of high dimensions, keyed by the high dimensions in DIMENSIONS order. */
const BY_HIGH_SET: Record<string, ArchetypeId> = {
  'customerFocus+adaptability+empowerment': 'customer-first-coach',
  customerFocus: 'customer-advocate',
  adaptability: 'pathfinder',
  empowerment: 'team-enabler',
  'customerFocus+empowerment': 'frontline-champion',
  'customerFocus+adaptability': 'hands-on-fixer',
  'adaptability+empowerment': 'inward-innovator',
};

const archetypeCache = new Map<ArchetypeId, Archetype>();

export function archetypeById(id: ArchetypeId): Archetype {
  let archetype = archetypeCache.get(id);
  if (!archetype) {
    archetype = { id, ...ARCHETYPE_CONTENT.archetypes[id] };
    archetypeCache.set(id, archetype);
  }
  return archetype;
}

/** Emerging is low, developing is mid, strong and exemplary are high (edges in bands.ts). */
export function bandOf(score: number): Band {
  const band = scoreBand(score);
  if (band === 'emerging') return 'low';
  if (band === 'developing') return 'mid';
  return 'high';
}

/** The measured dimensions with their bands; NaN and null both mean "not measured". */
function measuredBands(dimensions: DimensionScores): Array<{ dimension: Dimension; band: Band }> {
  const measured: Array<{ dimension: Dimension; band: Band }> = [];
  for (const dimension of DIMENSIONS) {
    const score = dimensions[dimension];
    if (score === null || score === undefined || Number.isNaN(score)) continue;
    measured.push({ dimension, band: bandOf(score) });
  }
  return measured;
}

/**
 * The archetype for a pattern of normalised scores. Total (every input, including all-null,
 * NaN and out-of-range numbers, gives an archetype) and deterministic.
 * - Some dimension is high → the archetype named by exactly which dimensions are high.
 * - None is high → all low: Gatekeeper; none low: Steady Operator; a mix: Careful Custodian.
 * - Nothing measured → "Not yet measured".
 */
export function selectArchetype(dimensions: DimensionScores): Archetype {
  const measured = measuredBands(dimensions);
  if (measured.length === 0) return archetypeById('not-yet-read');
  const highKey = measured
    .filter((entry) => entry.band === 'high')
    .map((entry) => entry.dimension)
    .join('+');
  const byHigh = BY_HIGH_SET[highKey];
  if (byHigh) return archetypeById(byHigh);
  const lows = measured.filter((entry) => entry.band === 'low').length;
  if (lows === measured.length) return archetypeById('gatekeeper');
  if (lows === 0) return archetypeById('steady-operator');
  return archetypeById('careful-custodian');
}

/** Every archetype, in a stable order (for documentation and tests). */
export function allArchetypes(): Archetype[] {
  return (Object.keys(ARCHETYPE_CONTENT.archetypes) as ArchetypeId[]).map(archetypeById);
}

/** Normalised scores from a profile's dimension results. */
export function scoresOf(
  results: Record<Dimension, { normalised: number | null }>,
): DimensionScores {
  return {
    customerFocus: results.customerFocus.normalised,
    adaptability: results.adaptability.normalised,
    empowerment: results.empowerment.normalised,
  };
}
