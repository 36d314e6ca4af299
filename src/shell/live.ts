/**
 * A live room from the participant's side, for the shell: joining (or resuming with the token
 * kept on this device), the connection's news as shell events, and what the play session needs
 * to play inside a room: each input forwarded, a "saved" that means "the room has it", and the
 * run's clock stopped while the facilitator has paused the room.
 */
import { fromCallback, fromPromise, type EventObject } from 'xstate';
import { LiveRequestError, NoAnswerError } from '../live/http';
import { memoryStore, webStorageStore, type ParticipantStore } from '../live/outbox';
import type { ParticipantConnection } from '../live/participant';
import type { ParticipantRun, ParticipantState, VoteState } from '../live/protocol';
import type { RunStore } from '../services/run-store';
import type { PageVisibility, ResumePoint } from './play-session';

const STORE_KEY = 'live-participant';

/** What the shell hears from the room (see followLiveRoom). */
export type LiveReport =
  | { type: 'live.state'; state: ParticipantState }
  | { type: 'live.connection'; online: boolean }
  | { type: 'live.refused'; message: string }
  | { type: 'live.deleted' };

/** Where the token and unsent inputs wait across reloads; in memory where storage is blocked. */
function participantStore(): ParticipantStore {
  try {
    return webStorageStore(window.localStorage, STORE_KEY);
  } catch {
    return memoryStore();
  }
}

/** A refusal or silence from the server, as one sentence for the join form. */
export function joinProblemText(error: unknown): string {
  if (error instanceof LiveRequestError) return error.message;
  if (error instanceof NoAnswerError)
    return 'The room server did not answer. Check the network, then try again.';
  return 'Joining failed. Check the code and the network, then try again.';
}

/** The socket client is fetched only when someone joins a room: a solo player never needs it. */
const participantModule = () => import('../live/participant');

export const joinLiveRoom = fromPromise<ParticipantConnection, { code: string; name: string }>(
  async ({ input }) => {
    const { ParticipantConnection } = await participantModule();
    return ParticipantConnection.join(
      { url: window.location.href, store: participantStore() },
      input.code,
      input.name,
    );
  },
);

/** Carries on with the token kept on this device; null when there is none or it is void. */
export const resumeLiveRoom = fromPromise<ParticipantConnection | null>(async () => {
  const store = participantStore();
  if (!store.load()) return null;
  try {
    const { ParticipantConnection } = await participantModule();
    return await ParticipantConnection.resume({ url: window.location.href, store });
  } catch (error) {
    if (error instanceof LiveRequestError && error.code === 'unauthorized') store.save(null);
    return null;
  }
});

/** The connection's news as shell events; leaving the room's states closes the connection. */
export const followLiveRoom = fromCallback<EventObject, { connection: ParticipantConnection }>(
  ({ input, sendBack }) => {
    const { connection } = input;
    const report = (event: LiveReport) => sendBack(event);
    const state = () => report({ type: 'live.state', state: connection.state });
    const stops = [
      connection.on('state', state),
      connection.on('room', state),
      connection.on('acknowledged', state),
      // Room play: the shared run and its vote move on the facilitator's side.
      connection.on('vote', state),
      connection.on('roomRun', state),
      connection.on('connection', (status) =>
        report({ type: 'live.connection', online: status === 'online' }),
      ),
      connection.on('refused', ({ error }) =>
        report({ type: 'live.refused', message: error.message }),
      ),
      connection.on('deleted', () => report({ type: 'live.deleted' })),
    ];
    report({ type: 'live.connection', online: connection.online });
    state();
    return () => {
      for (const stop of stops) stop();
      connection.close();
    };
  },
);

/** A ballot the server counted, with the tally it answered. */
export interface CountedBallot {
  ballot: { voteId: string; choiceId: string };
  vote: VoteState;
}

export const castLiveVote = fromPromise<
  CountedBallot,
  { connection: ParticipantConnection; voteId: string; choiceId: string }
>(async ({ input }) => {
  const vote = await input.connection.vote(input.voteId, input.choiceId);
  return { ballot: { voteId: input.voteId, choiceId: input.choiceId }, vote };
});

/** The run the participant is on: the first one not ended, else the last. */
export function currentRunIndex(state: ParticipantState): number {
  const open = state.runs.findIndex((run) => !run.ended);
  return open === -1 ? state.runs.length - 1 : open;
}

/** Where a room's run picks up: its log so far, at the time of its last input. */
export function resumePointOf(run: ParticipantRun): ResumePoint {
  const last = run.log.inputs.at(-1)?.at ?? 0;
  return { log: run.log, elapsedMs: Math.min(last, run.elapsedMs) };
}

/**
 * The run store for play inside a room: the room's server keeps the run, so "saved" means every
 * input so far is acknowledged (it waits while offline); finished runs still go to this device's
 * history, and nothing is offered for resuming as a solo run.
 */
export function liveRunStore(local: RunStore, connection: ParticipantConnection): RunStore {
  return {
    unfinishedRuns: () => Promise.resolve([]),
    saveUnfinished: () => connection.settled().then(() => 'saved' as const),
    clearUnfinished: () => Promise.resolve(),
    addFinished: (run) => local.addFinished(run),
    addFinishedTrack: (track) => local.addFinishedTrack(track),
    finishedRuns: (scenarioId) => local.finishedRuns(scenarioId),
    allFinishedRuns: () => local.allFinishedRuns(),
    allFinishedTracks: () => local.allFinishedTracks(),
    isDurable: () => local.isDurable(),
  };
}

/** Hidden while the page is or while the room is paused: the run's active clock stops either way. */
export function roomPageVisibility(connection: ParticipantConnection): PageVisibility {
  return {
    hidden: () =>
      document.visibilityState === 'hidden' || connection.state.room.status === 'paused',
    onChange(listener) {
      document.addEventListener('visibilitychange', listener);
      const stop = connection.on('room', listener);
      const stopState = connection.on('state', listener);
      return () => {
        document.removeEventListener('visibilitychange', listener);
        stop();
        stopState();
      };
    },
  };
}

/** The code from a join address (`#join/CODE`), tidied; empty when there is none. */
export function codeFromRoute(route: string): string {
  const part = route.split('/')[1] ?? '';
  try {
    return decodeURIComponent(part)
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 12);
  } catch {
    return '';
  }
}
