/**
 * The names an LMS or LRS sees, in one place: the competencies as SCORM objectives and cmi5
 * objectives, and the IRIs of this game's xAPI extensions. The manifests (build time) and the
 * runtime adapter both read them, so a report never shows two spellings of one thing.
 *
 * IRI base: `urn:customer-lead-sim:xapi:`. A URN, because the project owns no web domain to mint
 * resolvable IRIs under; xAPI requires extension keys to be IRIs, not that they resolve.
 * docs/lms.md documents every IRI below.
 */
import { DIMENSIONS, type Dimension } from '../engine/scenario/schema';
import { DIMENSION_NAMES } from '../engine/profile/archetypes';

export const XAPI_IRI_BASE = 'urn:customer-lead-sim:xapi:';

/** Result extensions of the one statement sent per choice. */
export const EXTENSION = {
  /** How the choice moved each competency: `{ "customer-focus": 2, "adaptability": 0, "empowerment": -1 }`. */
  competencyChange: `${XAPI_IRI_BASE}result:competency-change`,
  /** Running raw scores after the choice, same keys. */
  competencyScore: `${XAPI_IRI_BASE}result:competency-score`,
  /** True when the time limit ran out and the scenario's timeout choice was taken. */
  timedOut: `${XAPI_IRI_BASE}result:timed-out`,
  /** The scenario the decision belongs to (its id in the scenario library). */
  scenario: `${XAPI_IRI_BASE}context:scenario`,
} as const;

/** State document (xAPI State API) where a cmi5 package keeps its resume text. */
export const RESUME_STATE_ID = `${XAPI_IRI_BASE}state:resume`;

/** Where a package's course and AU ids live unless `--iri-base` names another base. */
export const DEFAULT_PACKAGE_IRI_BASE = 'urn:customer-lead-sim:package:';

export interface Competency {
  dimension: Dimension;
  /** SCORM objective id (cmi.objectives.n.id) and key in the result extensions. */
  id: string;
  title: string;
  /** cmi5 objective IRI. */
  iri: string;
  description: string;
}

const DESCRIPTIONS: Record<Dimension, string> = {
  customerFocus:
    'Decisions that start from what the customer experiences and fix the problem where it happens.',
  adaptability: 'Decisions that change course quickly as customers and circumstances change.',
  empowerment: 'Decisions that let the front line act without layers of approval, and coach them.',
};

function kebab(dimension: Dimension): string {
  return dimension.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export const COMPETENCIES: readonly Competency[] = DIMENSIONS.map((dimension) => ({
  dimension,
  id: kebab(dimension),
  title: DIMENSION_NAMES[dimension],
  iri: `${XAPI_IRI_BASE}competency:${kebab(dimension)}`,
  description: DESCRIPTIONS[dimension],
}));

/** The SCORM objective id of a dimension. */
export function competencyId(dimension: Dimension): string {
  return COMPETENCIES.find((c) => c.dimension === dimension)?.id ?? dimension;
}

/** `{ "customer-focus": …, "adaptability": …, "empowerment": … }` from per-dimension values. */
export function byCompetencyId<T>(values: Record<Dimension, T>): Record<string, T> {
  return Object.fromEntries(COMPETENCIES.map((c) => [c.id, values[c.dimension]]));
}
