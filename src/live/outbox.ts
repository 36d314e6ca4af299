/**
 * A participant's inputs not yet acknowledged, kept in order with their sequence numbers, and
 * what is kept across a reload (the token and this queue). Pure: the connection drives it.
 */
import { withVote } from './feed-state';
import type { SessionInput } from '../engine/session/types';
import type { InputAccepted, ParticipantState } from './protocol';

export interface PendingInput {
  seq: number;
  run: number;
  scenarioId: string;
  input: SessionInput;
}

/** What a reload needs to carry on: the token and the inputs still waiting for the server. */
export interface SavedParticipant {
  token: string;
  pending: PendingInput[];
}

/** Where the connection keeps SavedParticipant (the page may back it with localStorage). */
export interface ParticipantStore {
  load(): SavedParticipant | null;
  save(saved: SavedParticipant | null): void;
}

export function memoryStore(initial: SavedParticipant | null = null): ParticipantStore {
  let saved = initial;
  return {
    load: () => (saved ? structuredClone(saved) : null),
    save: (next) => {
      saved = next ? structuredClone(next) : null;
    },
  };
}

/** The part of the Web Storage API a store needs (localStorage, sessionStorage, or a test's fake). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A store in Web Storage under one key, so a reload (or a crash of the tab) resumes with the
 * token and the unsent inputs. Unreadable contents count as nothing saved.
 */
export function webStorageStore(storage: KeyValueStorage, key: string): ParticipantStore {
  return {
    load() {
      try {
        const saved = JSON.parse(storage.getItem(key) ?? 'null') as SavedParticipant | null;
        return saved && typeof saved.token === 'string' && Array.isArray(saved.pending)
          ? saved
          : null;
      } catch {
        return null;
      }
    },
    save(saved) {
      if (saved) storage.setItem(key, JSON.stringify(saved));
      else storage.removeItem(key);
    },
  };
}

export function sameInput(a: SessionInput, b: SessionInput | undefined): boolean {
  if (!b || a.type !== b.type || a.at !== b.at) return false;
  return a.type !== 'choose' || (b.type === 'choose' && a.choiceId === b.choiceId);
}

/** Every input the server accepted, in sequence order (runs follow each other). */
export function acceptedInputs(state: ParticipantState): SessionInput[] {
  return state.runs.flatMap((run) => run.log.inputs);
}

export interface Reconciled {
  /** Still to send, renumbered where needed. */
  pending: PendingInput[];
  /** Inputs that can never be accepted (another device moved the run on). */
  conflicting: PendingInput[];
}

/**
 * Matches the queue against what the server has: an input the server already holds (its
 * acknowledgement was lost) leaves the queue; one that differs from what the server holds under
 * its number means another device played on, and it and everything after it cannot be sent.
 */
export function reconcile(pending: readonly PendingInput[], state: ParticipantState): Reconciled {
  const accepted = acceptedInputs(state);
  const waiting: PendingInput[] = [];
  for (let index = 0; index < pending.length; index += 1) {
    const item = pending[index] as PendingInput;
    if (item.seq < state.nextSeq) {
      if (sameInput(item.input, accepted[item.seq - 1])) continue;
      return { pending: [], conflicting: pending.slice(index) };
    }
    if (item.seq !== state.nextSeq + waiting.length)
      return { pending: waiting, conflicting: pending.slice(index) };
    waiting.push(item);
  }
  return { pending: waiting, conflicting: [] };
}

/** The participant's state once the server acknowledged `head`: its run, its end, a next run. */
export function withAcknowledged(
  state: ParticipantState,
  head: PendingInput,
  accepted: InputAccepted,
): ParticipantState {
  const runs = state.runs.map((run) =>
    run.index === head.run
      ? {
          ...run,
          log: { ...run.log, inputs: [...run.log.inputs, head.input] },
          ended: accepted.ended,
          debrief: accepted.debrief ?? run.debrief,
        }
      : run,
  );
  const next = accepted.nextRun;
  if (next && !runs.some((run) => run.index === next.index)) runs.push(next);
  return { ...state, runs, nextSeq: Math.max(state.nextSeq, head.seq + 1) };
}

/**
 * The server's state, except where what the connection already holds is newer (an answer that
 * was on its way while an acknowledgement or an event arrived): longer run logs, the later room.
 */
export function withNewerParts(
  known: ParticipantState | undefined,
  state: ParticipantState,
): ParticipantState {
  if (!known || known.participantId !== state.participantId) return state;
  const runs = state.runs.map((run) => {
    const mine = known.runs.find((candidate) => candidate.index === run.index);
    return mine && mine.log.inputs.length > run.log.inputs.length ? mine : run;
  });
  return {
    ...state,
    runs,
    nextSeq: Math.max(state.nextSeq, known.nextSeq),
    room: known.room.revision > state.room.revision ? known.room : state.room,
    vote: state.vote && withVote(known, state.vote).vote,
  };
}

/** What a refused input means for the queue. */
export type RefusalAction =
  /** The room is paused: wait for it to open again. */
  | 'wait'
  /** A passing refusal (rate limit, a server hiccup): try the same input again shortly. */
  | 'retry'
  /** The input can never be taken, nor anything played after it: drop the queue and say so. */
  | 'drop'
  /** The server sees the run elsewhere (order, sequence, token): ask it where things stand. */
  | 'resync';

const DROP_CODES = new Set(['impossible', 'wrong-run', 'bad-request', 'room-closed']);

export function refusalAction(code: string): RefusalAction {
  if (code === 'room-paused') return 'wait';
  if (code === 'rate-limited' || code === 'internal') return 'retry';
  return DROP_CODES.has(code) ? 'drop' : 'resync';
}
