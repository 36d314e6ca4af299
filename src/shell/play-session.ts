/**
 * The run as a child actor of the shell: the engine's LiveRun, the active-play clock, the
 * countdown and autosave after every input. It takes the player's inputs from the shell and
 * reports each new step, countdown tick, save and the ending back to it; the screens draw
 * from the shell's snapshot. Stopping the actor (the shell leaves `playing`) saves and stops.
 * The run is kept in its slot (keep-run.ts) for this tab; when another tab takes it over, this
 * tab stops saving and says so (`run.takenOver`).
 */
import { fromCallback, type EventObject } from 'xstate';
import { PlaySessionRun } from './play-session-run';
import type { PlaySessionCommand, PlaySessionInput } from './play-session-types';

export type * from './play-session-types';

export const playSession = fromCallback<PlaySessionCommand, PlaySessionInput>(
  ({ input, sendBack, receive }) => {
    const session = new PlaySessionRun(input, (event) => sendBack(event as EventObject));
    receive((command) => session.handle(command));
    session.start();
    return () => session.stop();
  },
);
