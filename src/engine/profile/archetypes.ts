/**
 * Leadership archetypes: a short, memorable reading of the pattern of the three normalised
 * scores. Each score falls in a band (low / mid / high); the archetype follows from which
 * dimensions reach "high", so the rule is easy to explain to a participant and to test.
 * The wording is ours, drawn from customer-focus leadership ideas (empowered front line,
 * walking in the customer's shoes, cutting red tape, coaching over firefighting, adapting
 * as fast as customers change, failing small and fast, owning mistakes, one shared vision).
 */
import { DIMENSIONS } from '../scenario/schema';
import type { Dimension } from '../scenario/schema';

export type Band = 'low' | 'mid' | 'high';

/** A score at or above `mid` is mid; at or above `high` is high (both edges inclusive). */
export const BAND_EDGES = { mid: 40, high: 70 } as const;

export const DIMENSION_NAMES: Record<Dimension, string> = {
  customerFocus: 'Customer focus',
  adaptability: 'Adaptability',
  empowerment: 'Empowerment',
};

export type ArchetypeId =
  | 'customer-first-coach'
  | 'customer-advocate'
  | 'pathfinder'
  | 'team-enabler'
  | 'frontline-champion'
  | 'hands-on-fixer'
  | 'inward-innovator'
  | 'steady-operator'
  | 'careful-custodian'
  | 'gatekeeper'
  | 'not-yet-read';

export interface Archetype {
  id: ArchetypeId;
  name: string;
  description: string;
  strengths: string[];
  blindSpots: string[];
  tryNext: string[];
}

/** Normalised scores as the profile gives them; null means the scenario does not measure it. */
export type DimensionScores = Record<Dimension, number | null>;

const ARCHETYPES: Record<ArchetypeId, Archetype> = {
  'customer-first-coach': {
    id: 'customer-first-coach',
    name: 'The Customer-First Coach',
    description:
      'You kept the customer at the centre, moved quickly when things shifted and trusted your people to act. Teams led this way fix problems where they happen instead of passing them upwards.',
    strengths: [
      'Decisions start from what the customer actually experiences',
      'Front-line staff are trusted to solve problems on the spot',
      'Changes of plan happen early, while they are still cheap',
    ],
    blindSpots: [
      'Others may not yet share the picture in your head: the vision needs saying out loud',
      'High standards can hide how much coaching newer colleagues still need',
    ],
    tryNext: [
      'Write down the two or three rules of thumb you used and share them with your team',
      'Coach one colleague through a decision instead of making it for them',
    ],
  },
  'customer-advocate': {
    id: 'customer-advocate',
    name: 'The Customer Advocate',
    description:
      "You read situations through the customer's eyes, but you tended to hold the decisions yourself and to stick with the first plan. The care is real; the organisation around it has not caught up yet.",
    strengths: [
      'Strong instinct for how a decision lands with the customer',
      'Willing to speak up for the customer inside the organisation',
    ],
    blindSpots: [
      'Approvals that run through you slow the very customers you want to help',
      'A plan that suited last month’s customers can outlive its usefulness',
    ],
    tryNext: [
      'Give the front line a clear budget or rule so they can say yes without asking you',
      'When a customer need shifts, try a small experiment before defending the old plan',
    ],
  },
  pathfinder: {
    id: 'pathfinder',
    name: 'The Pathfinder',
    description:
      'You changed course readily when the situation moved and were comfortable trying things. The risk is that change becomes the goal, and the customer and the team are told rather than involved.',
    strengths: [
      'Reacts quickly to shifts in the market or the situation',
      'Comfortable with small, fast, cheap experiments',
    ],
    blindSpots: [
      'Changes that are not checked against what customers need can miss the mark',
      'A team that is not part of the change learns to wait for the next instruction',
    ],
    tryNext: [
      'Before each change, ask a customer or a front-line colleague what it would mean for them',
      'Hand one experiment to the team to run and report on',
    ],
  },
  'team-enabler': {
    id: 'team-enabler',
    name: 'The Team Enabler',
    description:
      'You trusted people and gave them room to decide. To turn that trust into results for customers, anchor it in what customers need and be ready to adjust when they change.',
    strengths: [
      'Removes approval layers and lets people act',
      'Builds a team that feels trusted and owns its work',
    ],
    blindSpots: [
      'Freedom without a shared picture of the customer can pull people in different directions',
      'Empowered teams still need a leader who notices when the situation has changed',
    ],
    tryNext: [
      'Give the team one clear customer outcome to aim at alongside the freedom',
      'Spend time where customers are served and bring back what you saw',
    ],
  },
  'frontline-champion': {
    id: 'frontline-champion',
    name: 'The Front-Line Champion',
    description:
      'You put customers first and let the people closest to them act. The next step is speed of adaptation: noticing early when customers or the market move, and changing before you are forced to.',
    strengths: [
      'Customer problems get solved where they start',
      'Cuts red tape that stands between staff and customers',
    ],
    blindSpots: [
      'Tends to keep a working approach after the situation has moved on',
      'New ideas may wait until they feel safe',
    ],
    tryNext: [
      'Run a small, cheap trial of a new idea and decide from the results',
      'Ask the front line each week what has changed for customers',
    ],
  },
  'hands-on-fixer': {
    id: 'hands-on-fixer',
    name: 'The Hands-On Fixer',
    description:
      'You cared about customers and responded fast, but you often solved the problem yourself. Firefighting feels productive; coaching is what stops the same fire starting again.',
    strengths: ['Acts quickly when a customer is let down', 'Adapts the plan as new facts arrive'],
    blindSpots: [
      'The team learns to escalate instead of deciding',
      'Your own time becomes the bottleneck as the organisation grows',
    ],
    tryNext: [
      'Next time a problem comes to you, ask the person who raised it what they would do, and back them',
      'Turn one fix you made into a rule of thumb the team can use without you',
    ],
  },
  'inward-innovator': {
    id: 'inward-innovator',
    name: 'The Inward Innovator',
    description:
      'You empowered the team and kept things moving, but the customer often dropped out of the picture. Energy inside the organisation only pays off when it is pointed at the people it serves.',
    strengths: [
      'Builds a confident team that is not afraid of change',
      'Keeps momentum when plans have to shift',
    ],
    blindSpots: [
      'Internal goals can quietly replace what customers need',
      'Customer complaints may be treated as noise',
    ],
    tryNext: [
      'Walk through your own service as a customer would and note every point of friction',
      'Start each team discussion with one real customer story',
    ],
  },
  'steady-operator': {
    id: 'steady-operator',
    name: 'The Steady Operator',
    description:
      'Your choices were balanced and sensible, without a clear lead in any direction. That keeps things safe; the most customer-focused leaders take clearer stands where it counts.',
    strengths: [
      'Weighs several sides before acting',
      'Rarely makes a decision that badly hurts anyone',
    ],
    blindSpots: [
      'Middle-of-the-road answers can leave customers and staff unsure what you stand for',
      'Opportunities pass while options are weighed',
    ],
    tryNext: [
      'Pick one dimension to lead with in your next attempt and make bolder choices for it',
      'Share one clear vision of good service with your team and hold decisions up against it',
    ],
  },
  'careful-custodian': {
    id: 'careful-custodian',
    name: 'The Careful Custodian',
    description:
      'You protected the operation and leaned on established process, with some customer-focused instincts showing through. Process is useful when it serves customers; here it often came first.',
    strengths: ['Keeps risk under control', 'Consistent and predictable for the organisation'],
    blindSpots: [
      'Rules can become the reason a customer hears "no"',
      'Mistakes may be avoided rather than learnt from',
    ],
    tryNext: [
      'Ask front-line staff which rule most often stops them helping a customer, and remove or relax it',
      'When something goes wrong, own it openly and quickly, then fix the cause',
    ],
  },
  gatekeeper: {
    id: 'gatekeeper',
    name: 'The Gatekeeper',
    description:
      'Decisions ran through you and through the rules, and change was resisted. Many leaders start here as organisations grow; the good news is that every dimension has room to rise.',
    strengths: ['Maintains control and consistency', 'Avoids rash decisions'],
    blindSpots: [
      'Customers wait while approvals travel up and down',
      'Staff stop suggesting improvements when every idea meets a rule',
      'The organisation changes more slowly than its customers',
    ],
    tryNext: [
      "Spend an hour in your customer's shoes: call your own service line or visit your own counter",
      'Let one team decide something you would normally approve, and review the result together',
    ],
  },
  'not-yet-read': {
    id: 'not-yet-read',
    name: 'Not yet measured',
    description:
      'This scenario does not move any of the three leadership dimensions, so there is no pattern to read. Try a scenario that measures them to see your profile.',
    strengths: [],
    blindSpots: [],
    tryNext: [
      'Play a scenario from the library that scores customer focus, adaptability and empowerment',
    ],
  },
};

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

/** Band of a 0–100 score; values outside 0–100 fall in the nearest band, so it is total. */
export function bandOf(score: number): Band {
  if (score >= BAND_EDGES.high) return 'high';
  if (score >= BAND_EDGES.mid) return 'mid';
  return 'low';
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
  if (measured.length === 0) return ARCHETYPES['not-yet-read'];
  const highKey = measured
    .filter((entry) => entry.band === 'high')
    .map((entry) => entry.dimension)
    .join('+');
  const byHigh = BY_HIGH_SET[highKey];
  if (byHigh) return ARCHETYPES[byHigh];
  const lows = measured.filter((entry) => entry.band === 'low').length;
  if (lows === measured.length) return ARCHETYPES.gatekeeper;
  if (lows === 0) return ARCHETYPES['steady-operator'];
  return ARCHETYPES['careful-custodian'];
}

/** Every archetype, in a stable order (for documentation and tests). */
export function allArchetypes(): Archetype[] {
  return Object.values(ARCHETYPES);
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
