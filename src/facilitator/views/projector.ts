/**
 * The projector view: one decision at a time in large, high-contrast type, for a room to
 * discuss. Left/right arrow keys (or the buttons) move between decisions; Escape closes.
 */
import type { CohortSummary } from '../aggregate';
import { button, el } from '../../ui/kit';
import { decisionFacts, decisionHeading, splitChart } from './decision-panel';

export function openProjector(
  scenarioTitle: string,
  summary: CohortSummary,
  startAt = 0,
): () => void {
  const decisions = summary.decisions;
  let index = Math.min(Math.max(0, startAt), decisions.length - 1);
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const heading = el('h2', { className: 'fac-projector-heading', attrs: { tabindex: '-1' } });
  const position = el('p', {
    className: 'fac-projector-position',
    attrs: { 'aria-live': 'polite' },
  });
  const body = el('div', { className: 'fac-projector-body' });
  const previous = button('Previous decision', () => move(-1), 'button');
  const next = button('Next decision', () => move(1), 'button');
  const overlay = el(
    'div',
    {
      className: 'facilitator fac-projector',
      attrs: {
        role: 'dialog',
        'aria-modal': 'true',
        'aria-label': `Projector view: ${scenarioTitle}`,
      },
    },
    [
      el('p', { className: 'fac-projector-scenario', text: scenarioTitle }),
      position,
      heading,
      body,
      el('div', { className: 'fac-projector-nav' }, [
        previous,
        next,
        button('Close projector view', () => close(), 'button'),
      ]),
    ],
  );

  function show(): void {
    const decision = decisions[index];
    if (!decision) return;
    overlay.dataset.decisionIndex = String(index);
    overlay.dataset.nodeId = decision.nodeId;
    position.textContent = `Decision ${index + 1} of ${decisions.length}`;
    heading.textContent = decisionHeading(decision);
    const numbers = el(
      'ol',
      { className: 'fac-projector-choices' },
      decision.choices.map((choice) =>
        el('li', { attrs: { 'data-choice-id': choice.choiceId, 'data-count': choice.count } }, [
          el('span', {
            className: 'fac-projector-count',
            text: `${choice.count} (${Math.round(choice.share * 100)}%)`,
          }),
          el('span', { text: choice.text }),
        ]),
      ),
    );
    body.replaceChildren(
      el('p', { className: 'fac-projector-text', text: decision.text }),
      el('figure', { className: 'fac-figure' }, [splitChart(decision, true)]),
      numbers,
      el('p', { className: 'fac-projector-facts', text: decisionFacts(decision) }),
    );
    previous.disabled = index === 0;
    next.disabled = index === decisions.length - 1;
  }

  function move(step: number): void {
    const target = index + step;
    if (target < 0 || target >= decisions.length) return;
    index = target;
    show();
  }

  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight' || event.key === 'PageDown') move(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') move(-1);
    else if (event.key === 'Escape') close();
    else return;
    event.preventDefault();
  };

  function close(): void {
    document.removeEventListener('keydown', onKey);
    overlay.remove();
    opener?.focus();
  }

  document.addEventListener('keydown', onKey);
  document.body.append(overlay);
  show();
  heading.focus();
  return close;
}
