/**
 * The screens that keep runs from being lost: resume or start over an unfinished run, the
 * question before starting over, a run another tab is playing, and a run taken over elsewhere.
 */
import { button, el, focusHeading } from '../../ui/kit';
import { savedRunLabel, savedRunTitle } from '../saved-run';
import type { ScreenRenderer } from './types';

function screen(
  root: HTMLElement,
  name: string,
  title: string,
  lines: string[],
  actions: HTMLButtonElement[],
): void {
  const heading = el('h1', { text: title });
  root.append(
    el('section', { className: `screen ${name}-screen` }, [
      heading,
      ...lines.map((text) => el('p', { text })),
      el('div', { className: 'actions' }, actions),
    ]),
  );
  focusHeading(heading);
}

export const unfinishedScreen: ScreenRenderer = (root, snapshot, send) => {
  const chosen = snapshot.context.chosenSaved;
  if (!chosen) return;
  screen(
    root,
    'unfinished',
    'You have an unfinished run',
    [`Your run of ${savedRunLabel(chosen)} is kept on this device.`],
    [
      button('Resume', () => send({ type: 'ui.resume' }), 'button button-primary'),
      button('Start over', () => send({ type: 'ui.startOver' })),
      button('Back to the list', () => send({ type: 'ui.back' }), 'button button-quiet'),
    ],
  );
};

export const confirmStartOverScreen: ScreenRenderer = (root, snapshot, send) => {
  const chosen = snapshot.context.chosenSaved;
  if (!chosen) return;
  const what = chosen.track
    ? `the track “${chosen.track.track.title}”, with the parts you finished in it,`
    : `“${savedRunTitle(chosen)}”`;
  screen(
    root,
    'confirm-start-over',
    'Start over?',
    [
      `Your unfinished run of ${what} will be discarded and cannot be resumed. Finished runs stay in “Your past runs”.`,
    ],
    [
      button(
        'Yes, start over',
        () => send({ type: 'ui.confirmStartOver' }),
        'button button-primary',
      ),
      button('No, keep it', () => send({ type: 'ui.back' })),
    ],
  );
};

export const heldElsewhereScreen: ScreenRenderer = (root, _snapshot, send) => {
  screen(
    root,
    'held-elsewhere',
    'This run is open in another tab',
    [
      'Another tab of this browser is playing this run now. Playing it in two tabs at once would overwrite one with the other.',
      'Take it over here and the other tab stops saving it, or go back and carry on in the other tab.',
    ],
    [
      button('Take over here', () => send({ type: 'ui.takeOver' }), 'button button-primary'),
      button('Back to the list', () => send({ type: 'ui.back' })),
    ],
  );
};

export const takenOverScreen: ScreenRenderer = (root, _snapshot, send) => {
  screen(
    root,
    'taken-over',
    'This run continues in another tab',
    [
      'You took this run over in another tab, so this tab has stopped saving it: nothing here overwrites what you play there.',
      'To play it here again, continue it from the title screen.',
    ],
    [button('Back to the title', () => send({ type: 'ui.back' }), 'button button-primary')],
  );
};
