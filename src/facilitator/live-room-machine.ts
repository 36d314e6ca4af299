/**
 * One live room from the facilitator's side: the form for a new room and its creation (an
 * invoked request), then the room itself, watched by an invoked connection that keeps the feed
 * current and carries the room commands (pause, resume, release debriefs, end, export, delete).
 */
import { assertEvent, assign, fromPromise, sendTo, setup } from 'xstate';
import { createRoom } from '../live/http';
import type { FeedState } from '../live/feed-state';
import type { CreateRoomRequest, CreatedRoom } from '../live/protocol';
import { forgetRoom, keepRoom, keptRoom, type KeptRoom } from './live-keys';
import { requestProblem, watchRoom, type WatchCommand, type WatchReport } from './live-room-watch';

export interface LiveRoomInput {
  /** The room to open; null for the new-room form. */
  roomId: string | null;
  /** A key from the address (another device); kept in this browser. */
  key?: string;
  /** The page's address: requests and the socket go to its origin. */
  url: string;
}

export interface LiveRoomContext {
  url: string;
  room: KeptRoom | null;
  feed: FeedState | null;
  online: boolean;
  /** Why something failed, in a sentence; null when all is well. */
  problem: string | null;
  /** What the last command did ("Debriefs released."), for a status line. */
  message: string | null;
}

export type LiveRoomEvent =
  { type: 'live.create'; request: CreateRoomRequest } | WatchCommand | WatchReport;

const createLiveRoom = fromPromise<CreatedRoom, { url: string; request: CreateRoomRequest }>(
  ({ input }) => createRoom(input.url, input.request),
);

function initialRoom(input: LiveRoomInput): KeptRoom | null {
  if (!input.roomId) return null;
  const kept = keptRoom(input.roomId);
  if (input.key && kept?.key !== input.key) {
    const room = {
      roomId: input.roomId,
      key: input.key,
      code: kept?.code ?? '',
      name: kept?.name ?? '',
      createdAt: new Date().toISOString(),
    };
    keepRoom(room);
    return room;
  }
  return kept ?? null;
}

export const liveRoomMachine = setup({
  types: {
    context: {} as LiveRoomContext,
    events: {} as LiveRoomEvent,
    input: {} as LiveRoomInput,
  },
  actors: { watchRoom, createLiveRoom },
  guards: {
    hasRoom: ({ context }) => context.room !== null,
    wantsRoom: (_, params: { roomId: string | null }) => params.roomId !== null,
  },
  actions: {
    keepCreated: assign((_, created: CreatedRoom) => {
      const room: KeptRoom = {
        roomId: created.room.id,
        key: created.facilitatorKey,
        code: created.room.code,
        name: created.room.name,
        createdAt: created.room.createdAt,
      };
      const kept = keepRoom(room);
      return {
        room,
        problem: kept
          ? null
          : 'This browser cannot keep the room’s key: keep this tab open, or copy the room link below.',
      };
    }),
    noteProblem: assign((_, error: unknown) => ({ problem: requestProblem(error) })),
    takeFeed: assign(({ context, event }) => {
      assertEvent(event, 'live.feed');
      const room = context.room && {
        ...context.room,
        code: event.feed.room.code,
        name: event.feed.room.name,
      };
      if (room && (room.code !== context.room?.code || room.name !== context.room.name))
        keepRoom(room);
      return { feed: event.feed, room, problem: null };
    }),
    takeOnline: assign(({ event }) => {
      assertEvent(event, 'live.online');
      return { online: event.online };
    }),
    takeMessage: assign(({ event }) => {
      assertEvent(event, ['live.done', 'live.failed']);
      return { message: event.message };
    }),
    noteFailure: assign(({ event }) => {
      assertEvent(event, 'live.failed');
      return { problem: event.message };
    }),
    forgetDeleted: assign(({ context }) => {
      if (context.room) forgetRoom(context.room.roomId);
      return { feed: null, message: 'The room and everything in it are deleted.' };
    }),
    forward: sendTo('watch', ({ event }) => event as WatchCommand),
  },
}).createMachine({
  id: 'liveRoom',
  context: ({ input }) => ({
    url: input.url,
    room: initialRoom(input),
    feed: null,
    online: false,
    problem: null,
    message: null,
  }),
  initial: 'choosing',
  states: {
    choosing: {
      always: [
        { guard: 'hasRoom', target: 'watching' },
        {
          guard: {
            type: 'wantsRoom',
            params: ({ context }) => ({ roomId: context.room?.roomId ?? null }),
          },
          target: 'unknown',
        },
        { target: 'form' },
      ],
    },
    form: { on: { 'live.create': { target: 'creating' } } },
    creating: {
      invoke: {
        src: 'createLiveRoom',
        input: ({ context, event }) => ({
          url: context.url,
          request: (event as Extract<LiveRoomEvent, { type: 'live.create' }>).request,
        }),
        onDone: {
          target: 'created',
          actions: { type: 'keepCreated', params: ({ event }) => event.output },
        },
        onError: {
          target: 'form',
          actions: {
            type: 'noteProblem',
            params: ({ event }: { event: { error: unknown } }) => event.error,
          },
        },
      },
    },
    /** The view moves the area to the room's own address, which opens it in a fresh screen. */
    created: {},
    /** A room this browser has no key for (its key was never kept here, or was cleared). */
    unknown: {},
    watching: {
      invoke: {
        id: 'watch',
        src: 'watchRoom',
        input: ({ context }) => ({ url: context.url, room: context.room as KeptRoom }),
      },
      on: {
        'live.feed': { actions: 'takeFeed' },
        'live.online': { actions: 'takeOnline' },
        'live.done': { actions: 'takeMessage' },
        'live.failed': { actions: ['noteFailure', 'takeMessage'] },
        'live.control': { actions: 'forward' },
        'live.export': { actions: 'forward' },
        'live.delete': { actions: 'forward' },
        'live.roomContinue': { actions: 'forward' },
        'live.openVote': { actions: 'forward' },
        'live.closeVote': { actions: 'forward' },
        'live.deleted': { target: 'deleted', actions: 'forgetDeleted' },
      },
    },
    deleted: {},
  },
});
