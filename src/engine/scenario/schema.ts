/**
 * Scenario format v1 — the single source of truth.
 *
 * This one zod schema yields both the runtime validator (structural rules: types, ranges,
 * unknown fields) and the JSON Schema file authors point `$schema` at
 * (`scripts/generate-schema.ts` writes `scenarios/scenario.schema.json`).
 * Cross-reference and graph rules (a `next` that names no node, cycles, reachability…)
 * cannot be expressed here; the checker adds them on top.
 *
 * The contract is `../shared/scenario-format.md`. Fields may be added (optional only);
 * none of the v1 fields may be renamed or dropped.
 */
import { z } from 'zod';

// zod probes `new Function` once to decide whether to JIT its parsers; under the game's strict
// Content-Security-Policy that probe is reported as a violation, so use the interpreter.
z.config({ jitless: true });

export const SCENARIO_FORMAT_VERSION = 1 as const;
export const MAX_TEXT_LENGTH = 2000;
export const MAX_FILE_BYTES = 1_000_000;
export const MAX_CONSEQUENCE_LENGTH = 600;
export const DIMENSIONS = ['customerFocus', 'adaptability', 'empowerment'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Optional project addition: which backdrop the game paints behind the scenario. */
export const SETTINGS = [
  'store',
  'contact-centre',
  'office',
  'hotel',
  'clinic',
  'bank',
  'factory',
  'startup',
  'service-desk',
  'restaurant',
  'gym',
  'warehouse',
] as const;

/** Optional project addition: how the speaker's portrait looks while a node is on screen. */
export const MOODS = ['neutral', 'happy', 'worried', 'angry', 'thoughtful'] as const;

const plainText = (max = MAX_TEXT_LENGTH) =>
  z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const identifier = z.string().min(1, 'must not be empty');

export const scenarioIdSchema = z
  .string()
  .regex(/^[a-z0-9-]+$/, 'may use only lowercase letters, digits and "-"');

const scoreValue = z.number().int('must be a whole number').min(-3).max(3);

export const scoresSchema = z.strictObject({
  customerFocus: scoreValue.optional(),
  adaptability: scoreValue.optional(),
  empowerment: scoreValue.optional(),
});

const meterChangesSchema = z.record(identifier, z.number());
const flagChangesSchema = z.record(identifier, z.boolean());

export type Condition =
  | { flag: string }
  | { notFlag: string }
  | { meter: string; gte: number }
  | { meter: string; lte: number }
  | { all: Condition[] }
  | { any: Condition[] };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ flag: identifier }),
    z.strictObject({ notFlag: identifier }),
    z.strictObject({ meter: identifier, gte: z.number() }),
    z.strictObject({ meter: identifier, lte: z.number() }),
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
  ]),
);

export const branchEntrySchema = z.strictObject({
  when: conditionSchema.optional(),
  next: identifier,
});

/** A node id, or a branch list whose last entry has no `when` (checked by the checker). */
export const nextSchema = z.union([identifier, z.array(branchEntrySchema).min(1)]);

export const choiceSchema = z.strictObject({
  id: identifier,
  text: plainText(),
  scores: scoresSchema.optional(),
  meters: meterChangesSchema.optional(),
  set: flagChangesSchema.optional(),
  when: conditionSchema.optional(),
  feedback: plainText(),
  /** Optional addition: what visibly happens next, in the story's voice (not coaching). */
  consequence: plainText(MAX_CONSEQUENCE_LENGTH).optional(),
  principle: identifier.optional(),
  next: nextSchema,
});

const nodeCommon = {
  text: plainText(),
  speaker: identifier.optional(),
  title: plainText(200).optional(),
  mood: z.enum(MOODS).optional(),
};

export const narrativeNodeSchema = z.strictObject({
  kind: z.literal('narrative'),
  ...nodeCommon,
  next: nextSchema,
});

export const decisionNodeSchema = z.strictObject({
  kind: z.literal('decision'),
  ...nodeCommon,
  choices: z
    .array(choiceSchema)
    .min(2, 'needs at least 2 choices')
    .max(6, 'allows at most 6 choices'),
  timeLimitSeconds: z.number().positive().optional(),
  timeoutChoice: identifier.optional(),
});

export const eventOutcomeSchema = z.strictObject({
  weight: z.number().positive(),
  text: plainText().optional(),
  meters: meterChangesSchema.optional(),
  set: flagChangesSchema.optional(),
  next: nextSchema,
});

export const eventNodeSchema = z.strictObject({
  kind: z.literal('event'),
  ...nodeCommon,
  outcomes: z.array(eventOutcomeSchema).min(1),
});

export const endingNodeSchema = z.strictObject({
  kind: z.literal('ending'),
  ...nodeCommon,
  outcome: z.enum(['positive', 'mixed', 'negative']),
});

export const nodeSchema = z.discriminatedUnion('kind', [
  narrativeNodeSchema,
  decisionNodeSchema,
  eventNodeSchema,
  endingNodeSchema,
]);

export const meterSchema = z.strictObject({
  label: plainText(80),
  initial: z.number(),
  min: z.number().optional(),
  max: z.number().optional(),
});

/**
 * Optional project addition: how a cast member's portrait is drawn. Every field is optional;
 * what is left out is derived from the cast id, so the same speaker always looks the same.
 */
export const LOOK_OPTIONS = {
  age: ['young', 'adult', 'middle-aged', 'older'],
  skin: ['very-light', 'light', 'medium-light', 'medium', 'medium-dark', 'dark'],
  hair: [
    'short',
    'bob',
    'long',
    'bun',
    'curly',
    'buzz',
    'sidepart',
    'bald',
    'ponytail',
    'locs',
    'headscarf',
  ],
  hairColour: ['black', 'dark-brown', 'brown', 'auburn', 'blond', 'grey', 'white'],
  clothing: ['blazer', 'crew', 'collar', 'vneck', 'apron', 'scrubs', 'hoodie', 'uniform'],
  colour: ['blue', 'teal', 'coral', 'violet', 'gold', 'slate', 'plum'],
  facialHair: ['none', 'stubble', 'beard', 'moustache'],
  pose: ['front', 'three-quarter', 'arms-crossed', 'hand-raised'],
} as const;

export const lookSchema = z.strictObject({
  age: z.enum(LOOK_OPTIONS.age).optional(),
  skin: z.enum(LOOK_OPTIONS.skin).optional(),
  hair: z.enum(LOOK_OPTIONS.hair).optional(),
  hairColour: z.enum(LOOK_OPTIONS.hairColour).optional(),
  clothing: z.enum(LOOK_OPTIONS.clothing).optional(),
  colour: z.enum(LOOK_OPTIONS.colour).optional(),
  glasses: z.boolean().optional(),
  facialHair: z.enum(LOOK_OPTIONS.facialHair).optional(),
  pose: z.enum(LOOK_OPTIONS.pose).optional(),
});

export const castMemberSchema = z.strictObject({
  name: plainText(80),
  role: plainText(120),
  look: lookSchema.optional(),
});

export const principleSchema = z.strictObject({
  title: plainText(120),
  summary: plainText(600),
});

export const scenarioSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(SCENARIO_FORMAT_VERSION),
  id: scenarioIdSchema,
  title: plainText(120),
  summary: plainText(600),
  role: plainText(120),
  estimatedMinutes: z.number().positive().optional(),
  tags: z.array(z.string()).optional(),
  setting: z.enum(SETTINGS).optional(),
  cast: z.record(identifier, castMemberSchema).optional(),
  meters: z.record(identifier, meterSchema).optional(),
  principles: z.record(identifier, principleSchema).optional(),
  start: identifier,
  nodes: z.record(identifier, nodeSchema),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type NarrativeNode = z.infer<typeof narrativeNodeSchema>;
export type DecisionNode = z.infer<typeof decisionNodeSchema>;
export type EventNode = z.infer<typeof eventNodeSchema>;
export type EndingNode = z.infer<typeof endingNodeSchema>;
export type Choice = z.infer<typeof choiceSchema>;
export type EventOutcome = z.infer<typeof eventOutcomeSchema>;
export type Next = z.infer<typeof nextSchema>;
export type BranchEntry = z.infer<typeof branchEntrySchema>;
export type Meter = z.infer<typeof meterSchema>;
export type Scores = Record<Dimension, number>;
export type EndingOutcome = EndingNode['outcome'];
export type Setting = (typeof SETTINGS)[number];
export type Mood = (typeof MOODS)[number];
export type Look = z.infer<typeof lookSchema>;

/** Assessment tracks: curated sequences of scenarios (`scenarios/tracks.json`). */
export const trackSchema = z.strictObject({
  id: scenarioIdSchema,
  title: plainText(120),
  summary: plainText(600),
  estimatedMinutes: z.number().positive().optional(),
  scenarios: z.array(scenarioIdSchema).min(2).max(4),
});

export const tracksFileSchema = z.strictObject({
  $schema: z.string().optional(),
  formatVersion: z.literal(1),
  tracks: z.array(trackSchema).min(1),
});

export type Track = z.infer<typeof trackSchema>;
export type TracksFile = z.infer<typeof tracksFileSchema>;
