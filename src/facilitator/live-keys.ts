/**
 * The live rooms this browser opened: each room's facilitator key (the only thing that opens
 * its feed and commands) with its code and name, in localStorage. The server keeps only a hash
 * of the key, so losing it here loses the room; the room link carries it to another device.
 */
export interface KeptRoom {
  roomId: string;
  key: string;
  code: string;
  name: string;
  createdAt: string;
}

const STORAGE_KEY = 'live-rooms';
const MAX_KEPT = 50;

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function isKept(value: unknown): value is KeptRoom {
  const room = value as Partial<KeptRoom> | null;
  return (
    typeof room?.roomId === 'string' &&
    typeof room.key === 'string' &&
    typeof room.code === 'string' &&
    typeof room.name === 'string' &&
    typeof room.createdAt === 'string'
  );
}

export function keptRooms(): KeptRoom[] {
  try {
    const parsed = JSON.parse(storage()?.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return Array.isArray(parsed) ? parsed.filter(isKept) : [];
  } catch {
    return [];
  }
}

export function keptRoom(roomId: string): KeptRoom | undefined {
  return keptRooms().find((room) => room.roomId === roomId);
}

/** Keeps a room (newest first); false when this browser cannot keep anything. */
export function keepRoom(room: KeptRoom): boolean {
  const rooms = [room, ...keptRooms().filter((kept) => kept.roomId !== room.roomId)];
  try {
    const store = storage();
    store?.setItem(STORAGE_KEY, JSON.stringify(rooms.slice(0, MAX_KEPT)));
    return store !== null;
  } catch {
    return false;
  }
}

export function forgetRoom(roomId: string): void {
  const rooms = keptRooms().filter((kept) => kept.roomId !== roomId);
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(rooms));
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** The address that opens this room's facilitator view on another device (key in the fragment). */
export function roomLink(base: string, room: Pick<KeptRoom, 'roomId' | 'key'>): string {
  const url = new URL(base);
  url.hash = `#facilitator/live/${encodeURIComponent(room.roomId)}/${encodeURIComponent(room.key)}`;
  return url.toString();
}
