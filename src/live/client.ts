/**
 * The browser side of live rooms, in one import: detect the server, create / export / delete a
 * room (HTTP), and the participant and facilitator connections (socket.io). Framework-free and
 * DOM-free; docs/live-rooms.md describes the protocol underneath.
 */
export {
  detectLive,
  createRoom,
  exportRoom,
  deleteRoom,
  serverRoot,
  LiveRequestError,
} from './http';
export {
  ParticipantConnection,
  type ParticipantEvents,
  type ParticipantOptions,
} from './participant';
export {
  FacilitatorConnection,
  type FacilitatorEvents,
  type FacilitatorOptions,
  type RoomAction,
} from './facilitator';
export {
  memoryStore,
  type ParticipantStore,
  type PendingInput,
  type SavedParticipant,
} from './outbox';
export { splitKey, type FeedState } from './feed-state';
export { NoAnswerError } from './channel';
export type * from './protocol';
