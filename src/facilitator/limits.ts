/**
 * How much the facilitator tools take in at once, and the plain words for going over.
 *
 * A real session is small: the longest run of any library scenario, with a 40-character alias,
 * times in the millions of milliseconds and a room's votes at every decision, is a 2.3 KB file
 * and a 927-character result code (measured by test/unit/facilitator/limits.test.ts, which also
 * keeps each limit at least 100 times above it). The limits below leave that much room and stop
 * a wrong or hostile file before it is read: sizes are checked first, from `file.size`.
 */
import { MAX_RESULT_CODE_LENGTH, MAX_SESSION_LOG_BYTES } from '../engine/session/result-code';

/** A session file (and what a result code may unpack to). */
export const MAX_SESSION_FILE_BYTES = MAX_SESSION_LOG_BYTES;
/** One result code, in characters. */
export const MAX_CODE_CHARACTERS = MAX_RESULT_CODE_LENGTH;
/** A workshop file: thousands of sessions. */
export const MAX_WORKSHOP_FILE_BYTES = 20 * 1024 * 1024;
/** Pasted text (an email thread or a chat log full of codes). */
export const MAX_PASTE_CHARACTERS = 1_000_000;
/** A photo of a QR code (a phone's photo is a few MB). */
export const MAX_PHOTO_BYTES = 25 * 1024 * 1024;
/** Files or codes checked in one go. */
export const MAX_ITEMS_AT_ONCE = 2_000;

/** "1.8 KB", "256 KB", "30 MB". */
export function sizeText(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round((10 * bytes) / 1024) / 10} KB`;
  return `${Math.round((10 * bytes) / (1024 * 1024)) / 10} MB`;
}

/** The reason a file over `limit` is refused without being read. */
export function tooLargeReason(what: string, bytes: number, limit: number): string {
  return `This file is ${sizeText(bytes)}, over the ${sizeText(limit)} limit for ${what}, so it was not read. A real session file is about 2 KB: check that this is the file you meant.`;
}

export function pasteTooLongReason(characters: number): string {
  return `The pasted text has ${characters.toLocaleString('en')} characters, over the limit of ${MAX_PASTE_CHARACTERS.toLocaleString('en')}. Paste fewer codes at a time.`;
}

export function tooManyReason(count: number): string {
  return `That is ${count.toLocaleString('en')} items at once; the tools check at most ${MAX_ITEMS_AT_ONCE.toLocaleString('en')} at a time. Add them in smaller groups.`;
}

/** The limits in one sentence, for the help text. */
export const LIMITS_HELP = `Limits: a session file or result code up to ${sizeText(MAX_SESSION_FILE_BYTES)} (a real one is about 2 KB), up to ${MAX_ITEMS_AT_ONCE.toLocaleString('en')} files or codes at once, pasted text up to ${MAX_PASTE_CHARACTERS.toLocaleString('en')} characters, a workshop file up to ${sizeText(MAX_WORKSHOP_FILE_BYTES)}, a photo of a QR code up to ${sizeText(MAX_PHOTO_BYTES)}. Anything larger is refused at once, unread.`;
