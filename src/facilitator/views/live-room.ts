/**
 * A live room on the facilitator's screen: the room's commands, who joined and where each one
 * is, and the existing cohort dashboard, replay and compare fed with the room's runs as they
 * come (the same sessions the export writes, so the offline tools show the same numbers).
 */
import type { FeedState } from '../../live/feed-state';
import { feedSessions } from '../live-sessions';
import type { ParticipantFeed, RunFeed } from '../../live/protocol';
import { button, el, plural, sideScrolling, table } from '../../ui/kit';
import { cohortOf } from '../cohort';
import type { LiveRoomContext, LiveRoomEvent } from '../live-room-machine';
import type { RoomAction } from '../../live/facilitator';
import { roomLink } from '../live-keys';
import type { Library } from '../types';
import { renderCompare } from './compare';
import { renderDashboard } from './dashboard';
import { renderReplay } from './replay';
import { askInPlace } from './confirm';
import { liveRoomPlayPanel } from './live-room-play';
import { whenChanged } from './snapshot';

const TABS = ['dashboard', 'replay', 'compare'] as const;
type Tab = (typeof TABS)[number];
const TAB_LABELS: Record<Tab, string> = {
  dashboard: 'Dashboard',
  replay: 'Replay',
  compare: 'Compare',
};

function whereIs(
  run: RunFeed | undefined,
  runs: number,
  scenarioTitle: (id: string) => string,
): string {
  if (!run) return 'Not started';
  const prefix = runs > 1 ? `${scenarioTitle(run.scenarioId)}: ` : '';
  if (run.ended) return `${prefix}finished (${run.result?.endingTitle ?? 'ending reached'})`;
  const decisions = plural(run.position.decisions, 'decision');
  return `${prefix}${run.position.nodeTitle ?? 'playing'} (${decisions} taken)`;
}

function participantsTable(feed: FeedState, scenarioTitle: (id: string) => string): HTMLElement {
  if (feed.participants.length === 0)
    return el('p', {
      className: 'fac-muted',
      text: 'Nobody has joined yet. Show the join screen to the room.',
    });
  const together = feed.room.style === 'room-play';
  const rows = feed.participants.map((participant: ParticipantFeed) => {
    const run = participant.runs.at(-1);
    return [
      participant.name,
      participant.online ? 'Connected' : 'Offline',
      together
        ? 'Voting from their device'
        : whereIs(run, feed.room.scenarioIds.length, scenarioTitle),
      run?.result?.archetype?.name ?? '–',
    ];
  });
  // Long names and places scroll inside the table on a phone instead of the whole page.
  return sideScrolling(
    table('Who joined', ['Participant', 'Connection', 'Where', 'Archetype'], rows, {
      rowHeaders: true,
      rowData: feed.participants.map((participant) => ({ participantId: participant.id })),
    }),
  );
}

function factsText(feed: FeedState, online: boolean): string {
  const { room } = feed;
  const finished = feed.participants.filter(
    (p) => p.runs.length > 0 && p.runs.every((r) => r.ended),
  ).length;
  const status = { open: 'open', paused: 'paused', ended: 'ended' }[room.status];
  return [
    `Code ${room.code}`,
    room.mode === 'practice' ? 'practice' : 'assessment',
    status,
    room.debriefsReleased ? 'debriefs released' : null,
    `${plural(feed.participants.length, 'participant')} joined, ${finished} finished`,
    online ? null : 'reconnecting to the server…',
  ]
    .filter(Boolean)
    .join(' · ');
}

export interface LiveRoomView {
  element: HTMLElement;
  update(context: LiveRoomContext): void;
  dispose(): void;
}

type Send = (event: LiveRoomEvent) => void;

/** The delete button's question, shown in `host` until answered. */
function askDelete(host: HTMLElement, send: Send): void {
  askInPlace(
    host,
    'Delete this room and every participant’s run from the server now? Export it first to keep a copy. This cannot be undone.',
    button('Yes, delete the room now', () => send({ type: 'live.delete' }), 'button button-danger'),
  );
}

/** The room's commands; `update` keeps them in step with the room's status. */
function roomCommands(send: Send, actions: { back(): void; showJoin(): void }) {
  const control = (text: string, action: RoomAction) =>
    button(text, () => send({ type: 'live.control', action }), 'button');
  // One button pauses an open room and resumes a paused one.
  const pause = button(
    'Pause room',
    () =>
      send({
        type: 'live.control',
        action: pause.dataset.action === 'resume' ? 'resume' : 'pause',
      }),
    'button',
  );
  const release = control('Release debriefs', 'release-debriefs');
  const end = control('End room', 'end');
  const confirm = el('div');
  const element = el('div', { className: 'fac-actions' }, [
    button('Back to workshops', actions.back, 'button button-quiet'),
    button('Show join screen', actions.showJoin, 'button button-primary'),
    pause,
    release,
    end,
    button('Export workshop file', () => send({ type: 'live.export' }), 'button'),
    button('Delete room', () => askDelete(confirm, send), 'button button-quiet'),
  ]);
  return {
    elements: [element, confirm],
    update(room: FeedState['room']) {
      const ended = room.status === 'ended';
      const paused = room.status === 'paused';
      pause.textContent = paused ? 'Resume room' : 'Pause room';
      pause.dataset.action = paused ? 'resume' : 'pause';
      pause.disabled = ended;
      end.disabled = ended;
      // Room play has one run, the room's, whose debrief is on this screen.
      release.disabled =
        room.debriefsReleased || room.mode === 'practice' || room.style === 'room-play';
    },
  };
}

/** The dashboard, replay and compare tabs over the room's runs, as the export would have them. */
function roomTabs(library: Library) {
  const nav = el('nav', { className: 'fac-tabs', attrs: { 'aria-label': 'Live room sections' } });
  const body = el('div', { className: 'fac-tab-body' });
  let tab: Tab = 'dashboard';
  let cohort = cohortOf([], library);
  const takeSessions = whenChanged((feed: FeedState) => {
    cohort = cohortOf(feedSessions(feed), library);
  });
  const draw = (refresh: boolean) => {
    nav.replaceChildren(
      ...TABS.map((item) => {
        const control = button(
          TAB_LABELS[item],
          () => {
            tab = item;
            draw(true);
          },
          'button fac-tab',
        );
        if (item === tab) control.setAttribute('aria-current', 'page');
        return control;
      }),
    );
    body.dataset.tab = tab;
    if (tab === 'dashboard') redrawDashboard(body, cohort.entries);
    else if (refresh && tab === 'replay') renderReplay(body, cohort.entries);
    else if (refresh) renderCompare(body, cohort.entries);
  };
  return {
    elements: [nav, body],
    update(feed: FeedState) {
      takeSessions(feed);
      // Replay and compare keep their place while runs come in; the dashboard follows them.
      draw(tab === 'dashboard');
    },
  };
}

/** Draws the dashboard again, keeping the decision the facilitator had picked. */
function redrawDashboard(body: HTMLElement, entries: Parameters<typeof renderDashboard>[1]) {
  const picked = body.querySelector('select')?.value;
  renderDashboard(body, entries);
  const picker = body.querySelector('select');
  if (picked && picker && picker.value !== picked) {
    picker.value = picked;
    picker.dispatchEvent(new Event('change'));
  }
}

export function liveRoomView(
  send: Send,
  library: Library,
  actions: { back(): void; showJoin(): void },
): LiveRoomView {
  const scenarioTitle = (id: string) => library.get(id)?.scenario.title ?? id;
  const heading = el('h1', { attrs: { tabindex: '-1' } });
  const facts = el('p', { className: 'fac-live-facts', attrs: { 'data-live-facts': '' } });
  const message = el('p', { className: 'fac-message', attrs: { role: 'status' } });
  const link = el('p', { className: 'fac-muted fac-live-link' });
  const who = el('div');
  const commands = roomCommands(send, actions);
  const tabs = roomTabs(library);
  const roomPlay = liveRoomPlayPanel(library, send);
  const element = el('div', { className: 'fac-workshop fac-live-room' }, [
    ...commands.elements,
    heading,
    facts,
    message,
    el('details', { className: 'fac-section' }, [
      el('summary', { text: 'Open this room on another device' }),
      el('p', {
        text: 'This link carries the room’s key: anyone with it can run the room. Keep it to yourself.',
      }),
      link,
    ]),
    roomPlay.element,
    el('section', { className: 'fac-section', attrs: { 'aria-label': 'Who joined' } }, [who]),
    ...tabs.elements,
  ]);
  const drawFeed = whenChanged((feed: FeedState) => {
    heading.textContent = feed.room.name;
    who.replaceChildren(participantsTable(feed, scenarioTitle));
    commands.update(feed.room);
    element.dataset.status = feed.room.status;
    // In room play the room's run is the one run: its screen replaces the cohort's tabs.
    const together = feed.room.style === 'room-play';
    roomPlay.element.hidden = !together;
    for (const part of tabs.elements) part.hidden = together;
    if (together) roomPlay.update(feed);
    else tabs.update(feed);
  });
  return {
    element,
    update(context) {
      if (context.feed) {
        drawFeed(context.feed);
        facts.textContent = factsText(context.feed, context.online);
      } else facts.textContent = context.problem ?? 'Connecting to the room…';
      message.textContent = context.problem ?? context.message ?? '';
      if (context.room) link.textContent = roomLink(context.url, context.room);
    },
    dispose: () => undefined,
  };
}
