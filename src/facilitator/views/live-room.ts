/**
 * A live room on the facilitator's screen: the room's commands, who joined and where each one
 * is, and the existing cohort dashboard, replay and compare fed with the room's runs as they
 * come (the same sessions the export writes, so the offline tools show the same numbers).
 */
import { feedSessions, type FeedState } from '../../live/feed-state';
import type { ParticipantFeed, RunFeed } from '../../live/protocol';
import { button, el, plural, table } from '../../ui/kit';
import { cohortOf } from '../cohort';
import type { LiveRoomContext, LiveRoomEvent } from '../live-room-machine';
import { roomLink } from '../live-keys';
import type { Library } from '../types';
import { renderCompare } from './compare';
import { renderDashboard } from './dashboard';
import { renderReplay } from './replay';
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
  const rows = feed.participants.map((participant: ParticipantFeed) => {
    const run = participant.runs.at(-1);
    return [
      participant.name,
      participant.online ? 'Connected' : 'Offline',
      whereIs(run, feed.room.scenarioIds.length, scenarioTitle),
      run?.result?.archetype?.name ?? '–',
    ];
  });
  return table('Who joined', ['Participant', 'Connection', 'Where', 'Archetype'], rows, {
    rowHeaders: true,
    rowData: feed.participants.map((participant) => ({ participantId: participant.id })),
  });
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

export function liveRoomView(
  send: (event: LiveRoomEvent) => void,
  library: Library,
  actions: { back(): void; showJoin(): void },
): LiveRoomView {
  const scenarioTitle = (id: string) => library.get(id)?.scenario.title ?? id;
  const heading = el('h1', { attrs: { tabindex: '-1' } });
  const facts = el('p', { className: 'fac-live-facts', attrs: { 'data-live-facts': '' } });
  const message = el('p', { className: 'fac-message', attrs: { role: 'status' } });
  const pause = button(
    'Pause room',
    () =>
      send({
        type: 'live.control',
        action: pause.dataset.action === 'resume' ? 'resume' : 'pause',
      }),
    'button',
  );
  const release = button(
    'Release debriefs',
    () => send({ type: 'live.control', action: 'release-debriefs' }),
    'button',
  );
  const end = button('End room', () => send({ type: 'live.control', action: 'end' }), 'button');
  const confirm = el('div');
  const link = el('p', { className: 'fac-muted fac-live-link' });
  const who = el('div');
  const nav = el('nav', { className: 'fac-tabs', attrs: { 'aria-label': 'Live room sections' } });
  const body = el('div', { className: 'fac-tab-body' });
  let tab: Tab = 'dashboard';

  const askDelete = () => {
    const yes = button(
      'Yes, delete the room now',
      () => send({ type: 'live.delete' }),
      'button button-danger',
    );
    confirm.replaceChildren(
      el(
        'div',
        {
          className: 'fac-confirm',
          attrs: { role: 'alertdialog', 'aria-label': 'Confirm deletion' },
        },
        [
          el('p', {
            text: 'Delete this room and every participant’s run from the server now? Export it first to keep a copy. This cannot be undone.',
          }),
          yes,
          button('Cancel', () => confirm.replaceChildren(), 'button'),
        ],
      ),
    );
    yes.focus();
  };
  const element = el('div', { className: 'fac-workshop fac-live-room' }, [
    el('div', { className: 'fac-actions' }, [
      button('Back to workshops', actions.back, 'button button-quiet'),
      button('Show join screen', actions.showJoin, 'button button-primary'),
      pause,
      release,
      end,
      button('Export workshop file', () => send({ type: 'live.export' }), 'button'),
      button('Delete room', askDelete, 'button button-quiet'),
    ]),
    confirm,
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
    el('section', { className: 'fac-section', attrs: { 'aria-label': 'Who joined' } }, [who]),
    nav,
    body,
  ]);

  const sessionsOf = whenChanged((feed: FeedState) => {
    cohort = cohortOf(feedSessions(feed), library);
  });
  let cohort = cohortOf([], library);
  const drawBody = (refresh: boolean) => {
    nav.replaceChildren(
      ...TABS.map((item) => {
        const control = button(
          TAB_LABELS[item],
          () => {
            tab = item;
            drawBody(true);
          },
          'button fac-tab',
        );
        if (item === tab) control.setAttribute('aria-current', 'page');
        return control;
      }),
    );
    body.dataset.tab = tab;
    if (tab === 'dashboard') {
      const picked = body.querySelector('select')?.value;
      renderDashboard(body, cohort.entries);
      const picker = body.querySelector('select');
      if (picked && picker && picker.value !== picked) {
        picker.value = picked;
        picker.dispatchEvent(new Event('change'));
      }
    } else if (refresh && tab === 'replay') renderReplay(body, cohort.entries);
    else if (refresh) renderCompare(body, cohort.entries);
  };
  const drawFeed = whenChanged((feed: FeedState) => {
    sessionsOf(feed);
    heading.textContent = feed.room.name;
    who.replaceChildren(participantsTable(feed, scenarioTitle));
    const ended = feed.room.status === 'ended';
    pause.textContent = feed.room.status === 'paused' ? 'Resume room' : 'Pause room';
    pause.dataset.action = feed.room.status === 'paused' ? 'resume' : 'pause';
    pause.disabled = ended;
    end.disabled = ended;
    release.disabled = feed.room.debriefsReleased || feed.room.mode === 'practice';
    element.dataset.status = feed.room.status;
    drawBody(tab === 'dashboard');
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
