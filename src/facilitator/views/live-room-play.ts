/**
 * Room play in a live room, on the facilitator's screen: the room's shared run as the server
 * replayed it, a Continue at narratives and events, and at each decision a vote the phones fill
 * in live. Closing goes with the majority; a tie, or a vote nobody cast, waits for the
 * facilitator's pick (the rule of the offline room play, checked again by the server).
 */
import { replay } from '../../engine/session/replay';
import { selectView } from '../../engine/run/view';
import type { NodeView } from '../../engine/run/types';
import type { FeedState } from '../../live/feed-state';
import type { RunFeed, VoteState } from '../../live/protocol';
import { barChart, button, el, plural } from '../../ui/kit';
import { createRunView } from '../../ui/run-view';
import { resolveVotes } from '../room-votes';
import type { LiveRoomEvent } from '../live-room-machine';
import type { Library } from '../types';
import { renderRoomEnd } from './room-end';
import { pickButtons } from './room-play';

/** The shared run's current step, replayed from its log; null when the log cannot be replayed. */
function currentView(library: Library, run: RunFeed): NodeView | null {
  const known = library.get(run.scenarioId);
  if (!known) return null;
  const replayed = replay(known.scenario, run.log);
  return replayed.ok ? selectView(known.scenario, replayed.final) : null;
}

/** The vote open at this decision, if there is one. */
function openVoteAt(feed: FeedState, view: NodeView): VoteState | null {
  const { vote } = feed;
  return vote && vote.status === 'open' && vote.nodeId === view.nodeId ? vote : null;
}

function tallyChart(view: NodeView, vote: VoteState): HTMLElement {
  return barChart(
    'Votes so far',
    view.choices.map((choice) => {
      const count = vote.counts[choice.id] ?? 0;
      return { label: `${choice.number}. ${choice.text}`, value: count, valueText: String(count) };
    }),
    { className: 'fac-vote-tally' },
  );
}

/** How closing would go now, and the buttons that close it that way. */
function closeControls(
  view: NodeView,
  vote: VoteState,
  send: (event: LiveRoomEvent) => void,
): HTMLElement[] {
  const outcome = resolveVotes(
    view.choices.map((choice) => ({ choiceId: choice.id, count: vote.counts[choice.id] ?? 0 })),
  );
  if (outcome.kind === 'winner') {
    const winner = view.choices.find((choice) => choice.id === outcome.choiceId);
    return [
      button(
        `Close the vote: ${winner?.number ?? ''} goes on`,
        () => send({ type: 'live.closeVote', voteId: vote.id }),
        'button button-primary',
      ),
    ];
  }
  const tied = view.choices.filter(
    (choice) => outcome.kind === 'no-votes' || outcome.choiceIds.includes(choice.id),
  );
  const why =
    outcome.kind === 'tie'
      ? `A tie between ${tied.map((choice) => choice.number).join(' and ')}: you pick, or wait for more votes.`
      : 'Nobody has voted yet: wait for votes, or pick a choice yourself.';
  return [
    el('p', { className: 'fac-muted', text: why }),
    pickButtons(tied, (pick) => send({ type: 'live.closeVote', voteId: vote.id, pick })),
  ];
}

function decisionControls(
  feed: FeedState,
  view: NodeView,
  send: (event: LiveRoomEvent) => void,
): HTMLElement {
  const vote = openVoteAt(feed, view);
  if (!vote)
    return el('div', { className: 'fac-actions' }, [
      button('Open the vote', () => send({ type: 'live.openVote' }), 'button button-primary'),
    ]);
  const voted = `${plural(vote.voters, 'vote')} from ${plural(feed.participants.length, 'participant')}`;
  return el('div', { className: 'fac-room-vote', attrs: { 'data-vote-id': vote.id } }, [
    el('p', { className: 'fac-vote-count', attrs: { 'aria-live': 'polite' }, text: voted }),
    tallyChart(view, vote),
    ...closeControls(view, vote, send),
  ]);
}

export interface LiveRoomPlayPanel {
  element: HTMLElement;
  update(feed: FeedState): void;
}

export function liveRoomPlayPanel(
  library: Library,
  send: (event: LiveRoomEvent) => void,
): LiveRoomPlayPanel {
  const runView = createRunView({
    decisionHeading: 'The room decides',
    className: 'fac-room-step',
  });
  const end = el('div', { className: 'fac-room-host' });
  const element = el('section', { className: 'fac-room', attrs: { 'aria-label': 'Room play' } }, [
    runView.element,
    end,
  ]);
  let shownEnding = false;
  const showEnding = (run: RunFeed) => {
    const known = library.get(run.scenarioId);
    runView.element.hidden = true;
    if (shownEnding || !known) return;
    shownEnding = true;
    renderRoomEnd(end, known, run.log);
  };
  return {
    element,
    update(feed) {
      const run = feed.roomRun;
      if (!run) return;
      if (run.ended) return showEnding(run);
      const view = currentView(library, run);
      if (!view) {
        runView.element.replaceChildren(
          el('p', { text: 'This room’s scenario is not in this copy of the game.' }),
        );
        return;
      }
      const focusMoved = element.dataset.nodeId !== view.nodeId;
      element.dataset.nodeId = view.nodeId;
      element.dataset.nodeKind = view.kind;
      const controls: HTMLElement =
        view.kind === 'decision'
          ? decisionControls(feed, view, send)
          : button('Continue', () => send({ type: 'live.roomContinue' }), 'button button-primary');
      // A tally that moves redraws the buttons: keep the keyboard where it was.
      const hadFocus = runView.element.contains(document.activeElement) && !focusMoved;
      runView.show(view, controls);
      if (focusMoved) runView.heading.focus();
      else if (hadFocus) (controls.querySelector('button') ?? runView.heading).focus();
    },
  };
}
