/**
 * What each piece of news from a live room changes in the shell's context, as plain functions
 * the shell's named actions (setup.ts) apply. Kept apart so the actions stay one line each and
 * the rules can be read (and tested) without a machine.
 */
import { replay } from '../engine/session/replay';
import { withVote } from '../live/feed-state';
import { LiveRequestError } from '../live/http';
import type { ParticipantConnection } from '../live/participant';
import type { ParticipantRun, ParticipantState, VoteState } from '../live/protocol';
import { currentRunIndex, joinProblemText, resumePointOf } from './live';
import { FALLBACK_ERROR, type LiveRoomContext, type ShellContext } from './types';

type Update = Partial<ShellContext>;

/** Changes the room part of the context, if the participant is still in a room. */
function inRoom(context: ShellContext, change: Partial<LiveRoomContext>): Update {
  return { live: context.live && { ...context.live, ...change } };
}

export function connected(connection: ParticipantConnection): Update {
  return {
    joinProblem: null,
    live: {
      connection,
      state: connection.state,
      online: connection.online,
      runIndex: currentRunIndex(connection.state),
      notice: null,
      ballot: connection.state.ballot ?? null,
    },
  };
}

export const joinFailed = (error: unknown): Update => ({ joinProblem: joinProblemText(error) });

/** A ballot refused or unanswered, as one sentence for the participant. */
export function voteProblemText(error: unknown): string {
  if (error instanceof LiveRequestError) return error.message;
  return 'Your vote did not reach the room. Check the network and vote again.';
}

/**
 * The room's news. A ballot the server holds (after a reload) comes back with it, unless this
 * device has cast one in that vote since: its own is newer.
 */
export function roomState(context: ShellContext, state: ParticipantState): Update {
  const held = state.ballot;
  const mine = context.live?.ballot;
  const takeHeld = held && (!mine || mine.voteId !== held.voteId);
  return inRoom(context, takeHeld ? { state, ballot: held } : { state });
}

export const roomOnline = (context: ShellContext, online: boolean): Update =>
  inRoom(context, { online });

export const roomNotice = (context: ShellContext, notice: string): Update =>
  inRoom(context, { notice });

/** A ballot the server counted: kept with the tally it answered, so the screen agrees at once. */
export function ballotCounted(
  context: ShellContext,
  ballot: { voteId: string; choiceId: string },
  vote: VoteState,
): Update {
  if (!context.live) return {};
  return inRoom(context, { ballot, state: withVote(context.live.state, vote), notice: null });
}

/** The room's run this device is on, if it has one. */
export function currentLiveRun(context: ShellContext): ParticipantRun | undefined {
  return context.live?.state.runs[context.live.runIndex];
}

/** A track room has another run for this device after the current one. */
export function hasNextLiveRun(context: ShellContext): boolean {
  return Boolean(context.live && context.live.state.runs.length > context.live.runIndex + 1);
}

/** Opening the room's current run: a fresh start, or the point the room's log reached. */
export function liveRunRequest(context: ShellContext): Update {
  const run = currentLiveRun(context);
  return {
    request: run ? { kind: 'library' as const, scenarioId: run.scenarioId } : null,
    resume: null,
    finished: null,
    debrief: null,
    play: null,
  };
}

export function liveResume(context: ShellContext): Update {
  const run = currentLiveRun(context);
  return { resume: run ? resumePointOf(run) : null };
}

/** Back in a room whose run already ended (a reload): the end comes from the engine's replay. */
export function endedLiveRun(context: ShellContext): Update {
  const run = currentLiveRun(context);
  const replayed = run && context.playable ? replay(context.playable.scenario, run.log) : null;
  if (!run || !replayed?.ok) return { errorMessage: FALLBACK_ERROR };
  return { finished: { log: run.log, context: replayed.final }, lastLog: run.log };
}

export const nextLiveRun = (context: ShellContext): Update =>
  inRoom(context, { runIndex: (context.live?.runIndex ?? 0) + 1, notice: null });
