/**
 * The end of a run (just played, or reopened from the history) and the end of a track. The
 * debrief arrives from an invoked loader; until it does the screen is busy.
 */
import { renderEnd, type EndScreen } from '../../ui/screens/end';
import { button, el, focusHeading } from '../../ui/kit';
import type { ScreenRenderer, ShellSnapshot } from './types';

/** Draws the debrief into the end screen once the shell has it, once. */
function debriefFiller(screen: EndScreen) {
  let drawn = false;
  return (snapshot: ShellSnapshot) => {
    const ready = snapshot.context.debrief;
    if (!ready || drawn) return;
    drawn = true;
    ready.render(screen.debriefHost, ready.input);
    screen.hideDownload();
  };
}

export const endScreen: ScreenRenderer = (root, snapshot, send, page) => {
  const { playable, finished, track } = snapshot.context;
  if (!playable || !finished) return;
  const hasNext = snapshot.can({ type: 'ui.nextInTrack' });
  const atTrackEnd = snapshot.can({ type: 'ui.trackProfile' });
  const screen = renderEnd(root, {
    scenarioTitle: playable.scenario.title,
    ...(hasNext
      ? {
          next: {
            label: 'Next scenario in the track',
            onNext: () => send({ type: 'ui.nextInTrack' }),
          },
        }
      : {}),
    onDownload: () => page.download(finished.log),
    // A package's attempt ends with its run: the LMS, not the course, offers another.
    ...(page.inPackage
      ? {}
      : {
          onBack: () => send({ type: 'ui.back' }),
          onPlayAgain: () => send({ type: 'ui.playAgain' }),
        }),
  });
  if (track && atTrackEnd) {
    const open = button(
      'See your track profile',
      () => send({ type: 'ui.trackProfile' }),
      'button button-primary',
    );
    screen.debriefHost.before(open);
  }
  const fill = debriefFiller(screen);
  fill(snapshot);
  return { update: fill };
};

export const pastRunScreen: ScreenRenderer = (root, snapshot, send, page) => {
  const chosen = snapshot.context.pastRun;
  if (!chosen) return;
  const screen = renderEnd(root, {
    scenarioTitle: chosen.past.playable.scenario.title,
    back: { label: 'Back to your past runs', onBack: () => send({ type: 'ui.backToHistory' }) },
    onBack: () => send({ type: 'ui.back' }),
    onDownload: () => page.download(chosen.run.log),
  });
  const fill = debriefFiller(screen);
  fill(snapshot);
  return { update: fill };
};

/** A track's combined profile, with its way back; the profile arrives from a loader. */
function trackProfile(
  root: HTMLElement,
  snapshot: ShellSnapshot,
  title: string,
  actions: HTMLButtonElement[],
) {
  const heading = el('h1', { text: `Your profile for the track “${title}”` });
  const host = el('div', { className: 'debrief-host' });
  root.append(
    el('section', { className: 'screen end-screen' }, [
      heading,
      host,
      el('div', { className: 'actions' }, actions),
    ]),
  );
  focusHeading(heading);
  let drawn = false;
  const fill = (latest: ShellSnapshot) => {
    const ready = latest.context.trackDebrief;
    if (!ready || drawn) return;
    drawn = true;
    ready.render(host, ready.input);
  };
  fill(snapshot);
  return { update: fill };
}

export const trackEndScreen: ScreenRenderer = (root, snapshot, send, page) => {
  const pass = snapshot.context.track;
  if (!pass) return;
  // A package's track ends with its profile: the LMS, not the course, offers what comes next.
  const back = button('Back to the list', () => send({ type: 'ui.back' }), 'button button-primary');
  return trackProfile(root, snapshot, pass.track.title, page.inPackage ? [] : [back]);
};

/** A finished track reopened from "Your past runs". */
export const pastTrackScreen: ScreenRenderer = (root, snapshot, send) => {
  const done = snapshot.context.pastTrack;
  if (!done) return;
  return trackProfile(root, snapshot, done.track.title, [
    button(
      'Back to your past runs',
      () => send({ type: 'ui.backToHistory' }),
      'button button-primary',
    ),
    button('Back to the list', () => send({ type: 'ui.back' })),
  ]);
};
