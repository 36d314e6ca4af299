/**
 * The participant's side of a live room, as one state of the shell (`#join/CODE`): resume with
 * the token kept on this device or join with a code and a name; then, connected, open the
 * room's run, play it with the ordinary play session (each input forwarded to the room), and at
 * the end wait for the debrief the facilitator releases (or the next run of a track).
 */
import { assertEvent, type DoneActorEvent } from 'xstate';
import type { ParticipantConnection } from '../live/participant';
import type { PlayableScenario } from '../services/library-types';
import type { CreateStage } from '../services/stage';
import type { OpenRequest } from './loaders';
import { liveRunStore, roomPageVisibility } from './live';
import { shellSetup } from './setup';
import { finishedRunDebrief, stepAndBeatStates } from './machine-play';
import type { ShellEvent } from './types';

type JoinEvent = Extract<ShellEvent, { type: 'ui.joinRoom' }>;

const connection = (context: { live: { connection: ParticipantConnection } | null }) =>
  (context.live as { connection: ParticipantConnection }).connection;

export const liveState = shellSetup.createStateConfig({
  initial: 'resuming',
  on: {
    // The room keeps the run: leaving only closes the connection; the join address resumes it.
    'ui.quit': { target: 'title', actions: 'leaveLive' },
    'ui.leaveRoom': { target: 'title', actions: 'leaveLive' },
  },
  states: {
    resuming: {
      tags: ['busy'],
      invoke: {
        src: 'resumeLiveRoom',
        onDone: [
          {
            guard: { type: 'liveJoined', params: ({ event }) => event.output },
            target: 'connected',
            actions: {
              type: 'takeLiveConnection',
              params: ({ event }) => event.output as ParticipantConnection,
            },
          },
          { target: 'form' },
        ],
        onError: { target: 'form' },
      },
    },
    form: {
      on: { 'ui.joinRoom': { target: 'joining' } },
    },
    joining: {
      tags: ['busy'],
      invoke: {
        src: 'joinLiveRoom',
        input: ({ event }) => ({
          code: (event as JoinEvent).code,
          name: (event as JoinEvent).name,
        }),
        onDone: {
          target: 'connected',
          actions: { type: 'takeLiveConnection', params: ({ event }) => event.output },
        },
        onError: {
          target: 'form',
          actions: {
            type: 'noteJoinProblem',
            params: ({ event }: { event: { error: unknown } }) => event.error,
          },
        },
      },
    },
    connected: {
      invoke: {
        id: 'room',
        src: 'followLiveRoom',
        input: ({ context }) => ({ connection: connection(context) }),
      },
      on: {
        'live.state': { actions: 'takeLiveState' },
        'live.connection': { actions: 'takeLiveOnline' },
        'live.refused': { actions: 'noteLiveRefused' },
        'live.deleted': { target: 'form', actions: 'noteLiveDeleted' },
      },
      initial: 'choosing',
      states: {
        choosing: {
          always: [{ guard: 'liveHasNoRun', target: 'roomPlay' }, { target: 'opening' }],
        },
        /**
         * A room-play room: the story runs on the facilitator's screen; this device votes when
         * the facilitator opens a vote (and may change its vote until the vote closes).
         */
        roomPlay: {
          initial: 'following',
          states: {
            following: { on: { 'ui.castVote': { target: 'voting' } } },
            voting: {
              tags: ['busy'],
              invoke: {
                src: 'castLiveVote',
                input: ({ context, event }) => {
                  assertEvent(event, 'ui.castVote');
                  const { voteId, choiceId } = event;
                  return { connection: connection(context), voteId, choiceId };
                },
                onDone: {
                  target: 'following',
                  actions: { type: 'takeBallot', params: ({ event }) => event.output },
                },
                onError: {
                  target: 'following',
                  actions: {
                    type: 'noteLiveVoteProblem',
                    params: ({ event }: { event: { error: unknown } }) => event.error,
                  },
                },
              },
            },
          },
        },
        opening: {
          tags: ['busy'],
          entry: 'requestLiveRun',
          invoke: {
            src: 'openScenario',
            input: ({ context }) => context.request as OpenRequest,
            onDone: [
              {
                guard: { type: 'openedWithProblems', params: ({ event }) => event.output },
                target: '#shell.error',
                actions: 'noteLoadFailure',
              },
              {
                guard: 'liveRunEnded',
                target: 'finished',
                actions: [
                  { type: 'takeOpened', params: ({ event }) => event.output },
                  'takeEndedLiveRun',
                ],
              },
              {
                target: 'playing',
                actions: [
                  { type: 'takeOpened', params: ({ event }) => event.output },
                  'takeLiveResume',
                ],
              },
            ],
            onError: { target: '#shell.error', actions: 'noteLoadFailure' },
          },
        },
        playing: {
          invoke: [
            {
              id: 'run',
              src: 'playSession',
              input: ({ context }) => {
                const room = connection(context);
                return {
                  playable: context.playable as PlayableScenario,
                  settings: context.settings,
                  store: liveRunStore(context.deps.store, room),
                  page: roomPageVisibility(room),
                  onInput: (input) => void room.send(input, context.live?.runIndex),
                  // Every run in a room is played in the room's mode, as the server records it.
                  mode: room.state.room.mode,
                  ...(context.resume ? { resume: context.resume } : {}),
                };
              },
            },
            {
              id: 'stage',
              src: 'loadStage',
              onDone: {
                actions: {
                  type: 'takeStage',
                  params: ({ event }: { event: DoneActorEvent<CreateStage | null> }) =>
                    event.output,
                },
              },
            },
          ],
          on: {
            'run.tick': { actions: 'takeTick' },
            'run.saved': { actions: 'takeSaved' },
            'ui.changeSettings': { actions: 'changeSettings' },
          },
          // As in solo play: the consequence of a decision is read before the run goes on
          // (its clock stands still until then), and a practice room may step back.
          initial: 'step',
          states: {
            ...stepAndBeatStates('ended'),
            /** The ending's moment, as in solo play, then the room's end of the run. */
            ended: {
              on: { 'ui.openDebrief': { target: '#shell.live.connected.finished' } },
            },
          },
        },
        finished: {
          initial: 'waiting',
          on: {
            'ui.nextLiveRun': {
              guard: 'hasNextLiveRun',
              target: 'opening',
              actions: 'nextLiveRun',
            },
          },
          states: {
            waiting: { always: { guard: 'liveDebriefReady', target: 'debrief' } },
            debrief: {
              invoke: {
                src: 'prepareDebrief',
                input: finishedRunDebrief,
                onDone: { actions: { type: 'takeDebrief', params: ({ event }) => event.output } },
                onError: { target: '#shell.error', actions: 'noteLoadFailure' },
              },
            },
          },
        },
      },
    },
  },
});
