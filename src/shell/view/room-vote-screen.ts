/**
 * A participant's device in a room-play room: the story runs on the facilitator's shared
 * screen; here the participant sees where the room is and, while the facilitator has a vote
 * open, votes (and may change the vote until it closes). Every word is text.
 */
import { button, el, focusHeading, plural } from '../../ui/kit';
import { numberedChoices } from '../../ui/run-view';
import type { RunFeed, VoteState } from '../../live/protocol';
import type { LiveRoomContext } from '../types';
import { roomLine } from './live-screens';
import type { ScreenRenderer, ShellSnapshot } from './types';

type Send = Parameters<ScreenRenderer>[2];

/** What the ballot area shows; it is drawn again only when this changes (focus stays put). */
function ballotKey(live: LiveRoomContext): string {
  const { vote, roomRun } = live.state;
  return JSON.stringify([
    vote?.id,
    vote?.status,
    vote?.voters,
    live.ballot,
    roomRun?.position.nodeId,
    roomRun?.ended,
  ]);
}

function whereNow(run: RunFeed | null): string {
  // At the end the ballot area names the ending; before a first step, the screen is the guide.
  if (run?.ended) return '';
  const title = run?.position.nodeTitle;
  return title ? `On the shared screen now: “${title}”.` : 'Follow the story on the shared screen.';
}

function choiceTextOf(vote: VoteState, choiceId: string | undefined): string {
  return vote.choices.find((choice) => choice.id === choiceId)?.text ?? '';
}

function openBallot(live: LiveRoomContext, vote: VoteState, send: Send) {
  const mine = live.ballot?.voteId === vote.id ? live.ballot.choiceId : undefined;
  // Numbered as on the shared screen, so "2" means the same thing on every device.
  const numbered = vote.choices.map((choice, index) => ({ ...choice, number: index + 1 }));
  const choices = numberedChoices(numbered, 'Your vote', (choiceId) =>
    send({ type: 'ui.castVote', voteId: vote.id, choiceId }),
  );
  choices.classList.add('live-ballot');
  for (const control of choices.querySelectorAll<HTMLElement>('button[data-choice-id]'))
    control.setAttribute('aria-pressed', String(control.dataset.choiceId === mine));
  const number = vote.choices.findIndex((choice) => choice.id === mine) + 1;
  const said = mine
    ? `Your vote: ${number}. You can change it until the facilitator closes the vote.`
    : 'Choose what the room should do. You can change your vote until the facilitator closes it.';
  return [
    el('h2', { text: 'Vote now', attrs: { tabindex: '-1' } }),
    choices,
    el('p', { className: 'live-ballot-said', text: said }),
    el('p', { className: 'live-muted', text: `${plural(vote.voters, 'vote')} in so far.` }),
  ];
}

/** The ballot area: the open vote, the room's last decision, or the ending. */
function ballotArea(live: LiveRoomContext, send: Send): HTMLElement[] {
  const { vote, roomRun } = live.state;
  if (roomRun?.ended)
    return [
      el('h2', { text: 'The room reached its ending' }),
      el('p', {
        text: `“${roomRun.result?.endingTitle ?? 'The end'}”. Your facilitator takes the room through the debrief on the shared screen.`,
      }),
    ];
  if (vote?.status === 'open') return openBallot(live, vote, send);
  const decided = vote?.result
    ? [
        el('p', {
          text: `The room chose “${choiceTextOf(vote, vote.result.choiceId)}” (${
            vote.result.decidedBy === 'majority' ? 'the majority' : 'the facilitator’s pick'
          }).`,
        }),
      ]
    : [];
  return [
    ...decided,
    el('p', {
      className: 'live-waiting-vote',
      text: 'No vote is open. When the facilitator opens one, the choices appear here.',
    }),
  ];
}

export const roomVoteScreen: ScreenRenderer = (root, snapshot, send) => {
  const heading = el('h1', { text: 'This room plays together' });
  const where = el('p', { className: 'lede' });
  const ballot = el('section', { className: 'live-vote', attrs: { 'aria-label': 'Room vote' } });
  const notice = el('p', { className: 'live-problem', attrs: { role: 'alert' } });
  const line = el('p', { className: 'live-status', attrs: { role: 'status' } });
  root.append(
    el('section', { className: 'screen live-vote-screen' }, [
      heading,
      where,
      ballot,
      notice,
      line,
      button('Back to the game', () => send({ type: 'ui.leaveRoom' })),
    ]),
  );
  focusHeading(heading);
  let drawn = '';
  let openVoteId: string | null = null;
  const update = (latest: ShellSnapshot) => {
    const live = latest.context.live;
    if (!live) return;
    ballot.setAttribute('aria-busy', String(latest.hasTag('busy')));
    where.textContent = whereNow(live.state.roomRun);
    where.hidden = where.textContent === '';
    notice.textContent = live.notice ?? '';
    line.textContent = roomLine(live);
    line.dataset.online = String(live.online);
    const key = ballotKey(live);
    if (key === drawn) return;
    const { vote } = live.state;
    const opened = vote?.status === 'open' && vote.id !== openVoteId;
    openVoteId = vote?.status === 'open' ? vote.id : null;
    const hadFocus = ballot.contains(document.activeElement);
    drawn = key;
    ballot.replaceChildren(...ballotArea(live, send));
    // A vote that just opened is announced by moving to it; a redraw keeps the pressed choice.
    const target =
      ballot.querySelector<HTMLElement>('[aria-pressed="true"]') ??
      ballot.querySelector<HTMLElement>('h2');
    if ((hadFocus || opened) && target) target.focus();
  };
  update(snapshot);
  return { update };
};
