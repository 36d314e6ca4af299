/**
 * The archetype as a reading of this run: its name and one-line summary from the content file,
 * then the leader's own decisions as evidence, strengths that quote what they did and the blind
 * spot with the decision that showed it.
 */
import { DIMENSION_NAMES } from '../../engine/profile/archetypes';
import type { RunReading } from '../../engine/profile/reading';
import type { DecisionReview } from '../../engine/profile/types';
import type { Dimension } from '../../engine/scenario/schema';
import { el, list, paragraph, signed } from '../kit';
import { debriefSection } from './layout';
import { quote } from './why-words';

function chose(decision: DecisionReview): string {
  const where = decision.nodeTitle ? ` (${decision.nodeTitle})` : '';
  return `${quote(decision.choiceText)}${where}`;
}

function scored(decision: DecisionReview, dimension: Dimension): string {
  return `${DIMENSION_NAMES[dimension]} ${signed(decision.scores[dimension])}`;
}

function evidenceText(evidence: DecisionReview[]): string | null {
  if (evidence.length === 0) return null;
  return `In this run you chose ${evidence.map(chose).join(' and ')}.`;
}

export function archetypeSection(
  reading: RunReading,
  title = 'Your leadership pattern',
): HTMLElement {
  const { archetype } = reading;
  const wrapper = debriefSection('archetype', title);
  const card = el('article', {
    className: 'debrief-archetype-card',
    attrs: { 'data-archetype': archetype.id },
  });
  card.append(el('h3', { text: archetype.name }), paragraph(archetype.summary));
  const evidence = evidenceText(reading.evidence);
  if (evidence) card.append(paragraph(evidence, 'debrief-evidence'));
  if (reading.strengths.length > 0) {
    card.append(
      el('h4', { text: 'Strengths' }),
      list(
        reading.strengths.map(
          (s) => `${s.text}: ${chose(s.decision)}, ${scored(s.decision, s.dimension)}.`,
        ),
      ),
    );
  }
  const spot = reading.blindSpot;
  if (spot) {
    const shown = spot.decision
      ? `${spot.text}: ${chose(spot.decision)}, ${scored(spot.decision, spot.dimension)}.`
      : `${spot.text}.`;
    card.append(el('h4', { text: 'Blind spot' }), list([shown]));
  }
  wrapper.append(card);
  return wrapper;
}
