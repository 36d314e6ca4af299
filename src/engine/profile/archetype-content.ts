/**
 * The shape of archetypes.json, the archetypes' prose. Words live in the content file so a
 * learning designer can edit them without touching code; this schema checks the file in the
 * tests (every archetype present, no unknown field, sentences of a sensible length), and the
 * type check holds the import to the same shape at build time.
 */
import { z } from 'zod';
import { DIMENSIONS } from '../scenario/schema';

export const ARCHETYPE_IDS = [
  'customer-first-coach',
  'customer-advocate',
  'pathfinder',
  'team-enabler',
  'frontline-champion',
  'hands-on-fixer',
  'inward-innovator',
  'steady-operator',
  'careful-custodian',
  'gatekeeper',
  'not-yet-read',
] as const;

export type ArchetypeId = (typeof ARCHETYPE_IDS)[number];

const sentence = z.string().trim().min(10).max(240);

const tryNextSchema = z.strictObject({
  text: sentence,
  /** A principle id from docs/principles.md: the suggestion is skipped when the run practised it. */
  principle: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
});

const archetypeSchema = z.strictObject({
  name: z.string().trim().min(3).max(60),
  summary: sentence,
  tryNext: z.array(tryNextSchema).min(1),
});

const dimensionSchema = z.strictObject({ strength: sentence, blindSpot: sentence });

export const archetypeContentSchema = z.strictObject({
  dimensions: z.strictObject(
    Object.fromEntries(DIMENSIONS.map((dimension) => [dimension, dimensionSchema])) as Record<
      (typeof DIMENSIONS)[number],
      typeof dimensionSchema
    >,
  ),
  archetypes: z.strictObject(
    Object.fromEntries(ARCHETYPE_IDS.map((id) => [id, archetypeSchema])) as Record<
      ArchetypeId,
      typeof archetypeSchema
    >,
  ),
});

export type ArchetypeContent = z.infer<typeof archetypeContentSchema>;
export type TryNextIdea = z.infer<typeof tryNextSchema>;
