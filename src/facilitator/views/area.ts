/**
 * The facilitator area on screen, drawn from the machine's snapshots: a storage notice that
 * stays in view, then one screen (home, a workshop, room play). A screen is built when the
 * facilitator arrives and brought up to date while they stay, never rebuilt on every change.
 */
import { button, el } from '../../ui/kit';
import { storageNotice } from './storage-notice';
import { homeScreen } from './home';
import { workshopScreen } from './workshop';
import { roomScreen } from './room-screen';
import { liveScreen } from './live-screen';
import { whenChanged, type FacilitatorSnapshot, type Screen, type ViewTools } from './snapshot';

/** Which screen a snapshot shows; a new key means a new screen. */
function screenKey(snapshot: FacilitatorSnapshot): string {
  const { context } = snapshot;
  if (snapshot.matches({ screen: 'broken' })) return 'broken';
  if (snapshot.matches({ screen: 'home' })) return 'home';
  if (snapshot.matches({ screen: 'room' }) && context.route.kind === 'room')
    return `room:${context.route.scenarioId}`;
  if (snapshot.matches({ screen: 'live' }) && context.route.kind === 'live')
    return `live:${context.route.roomId ?? 'new'}`;
  if (snapshot.matches({ screen: { workshop: 'loading' } })) return 'loading';
  if (snapshot.matches({ screen: 'workshop' }) && context.workshop)
    return `workshop:${context.workshop.id}`;
  return 'loading';
}

function still(element: HTMLElement): Screen {
  return { element, update: () => undefined, dispose: () => undefined };
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** A problem, in words, with one way on: what replaces a screen that cannot go on. */
function problem(text: string, action: string, onAction: () => void): Node[] {
  return [el('p', { attrs: { role: 'alert' }, text }), button(action, onAction, 'button')];
}

function brokenScreen(snapshot: FacilitatorSnapshot, onExit: () => void): Screen {
  return still(
    el('div', { className: 'fac-home' }, [
      el('h1', { text: 'Facilitator tools' }),
      ...problem(
        `The facilitator tools could not start: ${snapshot.context.startProblem ?? 'unknown problem'}. Reloading the page usually helps; nothing stored was changed.`,
        'Back to the game',
        onExit,
      ),
    ]),
  );
}

function makeScreen(
  key: string,
  snapshot: FacilitatorSnapshot,
  tools: ViewTools,
  onExit: () => void,
): Screen {
  if (key === 'broken') return brokenScreen(snapshot, onExit);
  if (key === 'home') return homeScreen(tools, onExit);
  if (key.startsWith('workshop:')) return workshopScreen(tools, snapshot.context.library);
  if (key.startsWith('room:')) return roomScreen(tools);
  if (key.startsWith('live:')) return liveScreen(tools);
  return still(el('p', { className: 'fac-loading', text: 'Opening the facilitator tools…' }));
}

export interface AreaView {
  render(snapshot: FacilitatorSnapshot): void;
  /** Says that the tools stopped, and how to get going again; nothing stored is touched. */
  fail(error: unknown): void;
  dispose(): void;
}

/** The area's fixed parts: the storage notice above one screen, in a container tests read. */
function areaFrame(root: HTMLElement) {
  const notice = el('div', { className: 'fac-notice-host' });
  const screenHost = el('div', { className: 'fac-screen' });
  const container = el('div', { className: 'facilitator', attrs: { 'aria-busy': 'true' } }, [
    notice,
    screenHost,
  ]);
  root.replaceChildren(container);
  return { notice, screenHost, container };
}

/** Redraws the storage notice only when what it reports changed (it keeps focus otherwise). */
function noticeDrawer(notice: HTMLElement, tools: ViewTools) {
  const draw = whenChanged((snapshot: FacilitatorSnapshot, ..._parts: unknown[]) => {
    const shown = storageNotice(snapshot.context, () =>
      tools.send({ type: 'facilitator.retrySave' }),
    );
    notice.replaceChildren(shown ?? '');
    notice.classList.toggle('fac-notice-urgent', shown?.dataset.storage === 'save-failed');
  });
  return (snapshot: FacilitatorSnapshot): void => {
    const { context } = snapshot;
    draw(
      snapshot,
      context.storage,
      context.saveProblem,
      context.unsaved,
      context.listProblem,
      context.workshop,
    );
  };
}

/** Marks the container with the screen shown and, for tests and the curious, what is stored. */
function markContainer(container: HTMLElement, key: string, snapshot: FacilitatorSnapshot): void {
  container.dataset.view = key.split(':')[0];
  container.setAttribute('aria-busy', String(key === 'loading'));
  container.dataset.unsaved = String(Object.keys(snapshot.context.unsaved).length);
  container.dataset.storage = snapshot.context.storage.mode;
}

export function createAreaView(root: HTMLElement, tools: ViewTools, onExit: () => void): AreaView {
  const { notice, screenHost, container } = areaFrame(root);
  const drawNotice = noticeDrawer(notice, tools);
  let screen: Screen | null = null;
  let key = '';
  const show = (snapshot: FacilitatorSnapshot) => {
    const nextKey = screenKey(snapshot);
    if (nextKey !== key) {
      screen?.dispose();
      key = nextKey;
      screen = makeScreen(nextKey, snapshot, tools, onExit);
      screenHost.replaceChildren(screen.element);
    } else screen?.update(snapshot);
    markContainer(container, nextKey, snapshot);
    drawNotice(snapshot);
  };
  return {
    render(snapshot) {
      try {
        show(snapshot);
      } catch (error) {
        // A drawing fault stays inside the area, in words; the game's error screen is not for this.
        screenHost.replaceChildren(
          ...problem(
            `This screen could not be drawn: ${reasonOf(error)}. Your workshops are unchanged; go back and try again.`,
            'Back to workshops',
            () => tools.send({ type: 'facilitator.back' }),
          ),
        );
        key = '';
        container.setAttribute('aria-busy', 'false');
      }
    },
    fail(error) {
      screen?.dispose();
      screen = null;
      key = 'broken';
      screenHost.replaceChildren(
        ...problem(
          `The facilitator tools stopped: ${reasonOf(error)}. Reload the page to carry on. What was saved in this browser is unchanged; a change made in the last moments may not have been saved.`,
          'Back to the game',
          onExit,
        ),
      );
      container.setAttribute('aria-busy', 'false');
    },
    dispose() {
      screen?.dispose();
      screen = null;
      root.replaceChildren();
    },
  };
}
