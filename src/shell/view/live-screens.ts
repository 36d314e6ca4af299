/**
 * The participant's screens of a live room: the join form (code + name), play with a line that
 * says where the room stands (connected, offline with inputs waiting, paused), the end of a run
 * (waiting for the facilitator, then the debrief). A room-play room's device: room-vote-screen.ts.
 */
import './live.css';
import { renderEnd } from '../../ui/screens/end';
import { button, el, focusHeading, labelled, plural } from '../../ui/kit';
import { codeFromRoute } from '../live';
import type { LiveRoomContext } from '../types';
import { playScreen } from './play-screen';
import type { ScreenRenderer, ShellSnapshot } from './types';

const MAX_NAME = 40;

export const joinScreen: ScreenRenderer = (root, snapshot, send) => {
  const heading = el('h1', { text: 'Join a live room' });
  const code = el('input', {
    attrs: {
      name: 'code',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      maxlength: 12,
      required: true,
    },
  });
  code.value = codeFromRoute(window.location.hash);
  const name = el('input', {
    attrs: { name: 'name', autocomplete: 'nickname', maxlength: MAX_NAME, required: true },
  });
  const problem = el('p', { className: 'live-problem', attrs: { role: 'alert' } });
  const form = el('form', { className: 'live-join-form' }, [
    labelled('Room code', code),
    labelled('Your name (the facilitator sees it)', name),
    problem,
    el('div', { className: 'actions' }, [
      el('button', { className: 'button button-primary', text: 'Join', attrs: { type: 'submit' } }),
      button('Back to the game', () => send({ type: 'ui.leaveRoom' })),
    ]),
  ]);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!code.value.trim() || !name.value.trim()) {
      problem.textContent = 'Type the room code from the screen and your name.';
      return;
    }
    send({ type: 'ui.joinRoom', code: code.value, name: name.value });
  });
  root.append(
    el('section', { className: 'screen live-join-screen' }, [
      heading,
      el('p', {
        className: 'lede',
        text: 'Your facilitator shows a room code. Type it with your name to play on this device; your choices go to the room as you make them.',
      }),
      form,
    ]),
  );
  focusHeading(heading);
  if (code.value) name.focus();
  const update = (latest: ShellSnapshot) => {
    problem.textContent = latest.context.joinProblem ?? '';
    form.toggleAttribute('aria-busy', latest.hasTag('busy'));
  };
  update(snapshot);
  return { update };
};

/** One sentence on where the room stands, for the line above play and the end screen. */
export function roomLine(live: LiveRoomContext): string {
  const waiting = live.connection.pending().length;
  const room = live.state.room;
  if (room.status === 'ended') return `Room ${room.code} has ended.`;
  // A room-play device only votes: nothing waits on it, and a lost vote is simply cast again.
  if (room.style === 'room-play')
    return live.online
      ? `Connected to room ${room.code}.`
      : 'Connection lost: reconnecting… Vote again once the connection is back.';
  if (!live.online)
    return `Connection lost: keep playing. Your choices are kept on this device${waiting > 0 ? ` (${plural(waiting, 'choice')} waiting)` : ''} and sent as soon as the connection is back.`;
  if (room.status === 'paused')
    return `The facilitator paused room ${room.code}. Your time stops until the room carries on.`;
  if (waiting > 0) return `Sending ${plural(waiting, 'choice')} to room ${room.code}…`;
  return `Connected to room ${room.code}: the facilitator sees each choice as you make it.`;
}

function statusLine(): { element: HTMLElement; update(snapshot: ShellSnapshot): void } {
  const line = el('p', { className: 'live-line' });
  const notice = el('p', { className: 'live-problem', attrs: { role: 'alert' } });
  const element = el('div', { className: 'live-status', attrs: { role: 'status' } }, [
    line,
    notice,
  ]);
  return {
    element,
    update(snapshot) {
      const live = snapshot.context.live;
      if (!live) return;
      line.textContent = roomLine(live);
      element.dataset.online = String(live.online);
      element.dataset.room = live.state.room.status;
      notice.textContent = live.notice ?? '';
    },
  };
}

/** The ordinary play screen with the room's line above it. */
export const livePlayScreen: ScreenRenderer = (root, snapshot, send, page) => {
  const status = statusLine();
  const handle = playScreen(root, snapshot, send, page);
  root.prepend(status.element);
  status.update(snapshot);
  return {
    update(latest) {
      status.update(latest);
      handle?.update?.(latest);
    },
    destroy: () => handle?.destroy?.(),
  };
};

/** The end of a room's run: "with the facilitator", then the debrief once released. */
export const liveEndScreen: ScreenRenderer = (root, snapshot, send, page) => {
  const { playable, finished } = snapshot.context;
  if (!playable || !finished) return;
  const status = statusLine();
  const waiting = el('p', { className: 'live-waiting' });
  const next = button(
    'Next scenario',
    () => send({ type: 'ui.nextLiveRun' }),
    'button button-primary',
  );
  const screen = renderEnd(root, {
    scenarioTitle: playable.scenario.title,
    onBack: () => send({ type: 'ui.leaveRoom' }),
    onDownload: () => page.download(finished.log),
  });
  screen.debriefHost.before(status.element, waiting, next);
  let drawn = false;
  const update = (latest: ShellSnapshot) => {
    status.update(latest);
    next.hidden = !latest.can({ type: 'ui.nextLiveRun' });
    const ready = latest.context.debrief;
    waiting.textContent = ready
      ? ''
      : 'Your run is with the facilitator. Your debrief appears here when the facilitator releases it.';
    if (!ready || drawn) return;
    drawn = true;
    ready.render(screen.debriefHost, ready.input);
    screen.hideDownload();
  };
  update(snapshot);
  return { update };
};
