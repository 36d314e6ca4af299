/**
 * The three scores with honest numbers: each with its band (bands.ts) and one line on how it
 * is worked out (the run's raw points against the lowest and highest any run can reach), and
 * the plain statement that the profile is for development, not selection.
 */
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import { bandRange, SCORE_BANDS } from '../../engine/profile/bands';
import type { DimensionResult, Profile } from '../../engine/profile/types';
import { DIMENSIONS } from '../../engine/scenario/schema';
import { el, list, paragraph, signed } from '../kit';
import { scoreChart, scoreTable } from './chart';
import { debriefSection } from './layout';

export const DEVELOPMENT_NOTE =
  'This profile is for your own development. It describes one run of one scenario; it is not a test, and it should not be used to select, rank or appraise people.';

export const TRACK_DEVELOPMENT_NOTE =
  'This profile is for your own development. It describes one run of each scenario in the track; it is not a test, and it should not be used to select, rank or appraise people.';

/** "You scored +4 points; runs of this scenario range from −6 to +11, so +4 sits at 59 of 100." */
export function howText(result: DimensionResult): string {
  const name = DIMENSION_NAMES[result.dimension];
  if (result.normalised === null)
    return `${name}: no choice in this scenario moves it, so it is not measured.`;
  const points = Math.abs(result.raw) === 1 ? 'point' : 'points';
  return `${name}: you scored ${signed(result.raw)} ${points}; runs of this scenario range from ${signed(result.min)} to ${signed(result.max)}, so ${signed(result.raw)} sits at ${result.normalised} of 100.`;
}

export function bandsKey(): string {
  return `Bands: ${SCORE_BANDS.map(({ band }) => `${band} ${bandRange(band)}`).join(', ')}.`;
}

export function scoresSection(profile: Profile): HTMLElement {
  const wrapper = debriefSection('scores', 'Your leadership scores');
  const scores = {
    customerFocus: profile.dimensions.customerFocus.normalised,
    adaptability: profile.dimensions.adaptability.normalised,
    empowerment: profile.dimensions.empowerment.normalised,
  };
  wrapper.append(
    el('div', { className: 'debrief-score-figure' }, [scoreChart(scores), scoreTable(scores)]),
    el('h3', { text: 'How these are worked out' }),
    list(DIMENSIONS.map((dimension) => howText(profile.dimensions[dimension]))),
    paragraph(
      `0 is the lowest score any complete run of this scenario can reach, 100 the highest. ${bandsKey()}`,
      'debrief-note',
    ),
    paragraph(DEVELOPMENT_NOTE, 'debrief-note debrief-purpose'),
  );
  return wrapper;
}
