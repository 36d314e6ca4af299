/**
 * Primitives of the compact text the LMS keeps for a run (see compact-log.ts): whole numbers,
 * exact doubles, strings and ISO times written with the URL-safe characters A–Z a–z 0–9 - _
 * only, because LMSs store `suspend_data` in places (databases, XML, query strings) that can
 * mangle anything else.
 *
 * A whole number is written as base-36 digits from `0-9a-z` that end on ONE digit from `A-Z`
 * (base 26): the case change marks its end, so no separator is needed and a small number
 * (under 26) takes one character. Anything that is not a small whole number (a fractional time,
 * -0, a huge seed) is written as the 8 bytes of its IEEE-754 double: exact, 11 characters.
 */
import { strFromU8, strToU8 } from 'fflate';

const MORE_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const LAST_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const RAW_TEXT = /^[A-Za-z0-9_-]*$/;
/** Whole numbers above this are written as doubles (keeps every step below 2^53). */
const LARGEST_PACKED = 2 ** 48;
const DOUBLE_CHARS = 11;

/** Thrown by the reader on text that is not what the writer produces. */
export class CompactTextError extends Error {}

export class CompactWriter {
  private readonly parts: string[] = [];

  raw(text: string): this {
    this.parts.push(text);
    return this;
  }

  /** A whole number from 0 to 2^48. */
  uint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0 || value > LARGEST_PACKED) {
      throw new RangeError(`not a packable whole number: ${value}`);
    }
    let rest = Math.floor(value / 26);
    let digits = LAST_DIGITS[value % 26] as string;
    while (rest > 0) {
      digits = (MORE_DIGITS[rest % 36] as string) + digits;
      rest = Math.floor(rest / 36);
    }
    this.parts.push(digits);
    return this;
  }

  /** Any number, exactly: small whole numbers in a few characters, the rest as a double. */
  number(value: number): this {
    if (isPackable(value)) return this.uint(zigzag(value) * 2);
    return this.uint(1).double(value);
  }

  /** A time `at`, as the step from `previous` when both are whole ms, else exactly. */
  step(at: number, previous: number): this {
    const delta = at - previous;
    if (isPackable(at) && isPackable(previous) && delta >= 0 && delta <= LARGEST_PACKED / 2) {
      return this.uint(delta * 2);
    }
    return this.uint(1).double(at);
  }

  /** Text as is when it is URL-safe, otherwise as base64url of its UTF-8 bytes. */
  text(value: string): this {
    if (RAW_TEXT.test(value)) return this.uint(value.length * 2).raw(value);
    const encoded = toBase64Url(strToU8(value));
    return this.uint(encoded.length * 2 + 1).raw(encoded);
  }

  /** An ISO 8601 UTC time as its epoch ms when it is in the canonical form; else as text. */
  isoTime(value: string): this {
    const ms = canonicalIsoToMs(value);
    if (ms === null) return this.uint(1).text(value);
    return this.uint(0).number(ms);
  }

  double(value: number): this {
    const bytes = new Uint8Array(8);
    new DataView(bytes.buffer).setFloat64(0, value);
    return this.raw(toBase64Url(bytes));
  }

  toString(): string {
    return this.parts.join('');
  }
}

export class CompactReader {
  private position = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.position >= this.source.length;
  }

  expect(text: string): void {
    if (this.take(text.length) !== text) throw new CompactTextError(`expected "${text}"`);
  }

  uint(): number {
    let rest = 0;
    for (;;) {
      const char = this.source[this.position];
      if (char === undefined) throw new CompactTextError('the text ends inside a number');
      this.position += 1;
      const last = LAST_DIGITS.indexOf(char);
      if (last >= 0) return checkedValue(rest * 26 + last);
      const more = MORE_DIGITS.indexOf(char);
      if (more < 0) throw new CompactTextError(`"${char}" cannot be part of a number`);
      rest = checkedValue(rest * 36 + more);
    }
  }

  number(): number {
    const code = this.uint();
    if (code === 1) return this.double();
    if (code % 2 !== 0) throw new CompactTextError('a number has an unknown form');
    return unzigzag(code / 2);
  }

  step(previous: number): number {
    const code = this.uint();
    if (code === 1) return this.double();
    if (code % 2 !== 0) throw new CompactTextError('a time has an unknown form');
    return previous + code / 2;
  }

  text(): string {
    const code = this.uint();
    const chars = this.take(Math.floor(code / 2));
    if (code % 2 === 0) return chars;
    try {
      return strFromU8(fromBase64Url(chars));
    } catch {
      throw new CompactTextError('a text is damaged');
    }
  }

  isoTime(): string {
    const form = this.uint();
    if (form === 1) return this.text();
    if (form !== 0) throw new CompactTextError('a time has an unknown form');
    return msToIso(this.number());
  }

  double(): number {
    const bytes = fromBase64Url(this.take(DOUBLE_CHARS));
    if (bytes.length !== 8) throw new CompactTextError('a number is damaged');
    return new DataView(bytes.buffer, bytes.byteOffset, 8).getFloat64(0);
  }

  private take(count: number): string {
    if (this.position + count > this.source.length)
      throw new CompactTextError('the text ends early');
    const chars = this.source.slice(this.position, this.position + count);
    this.position += count;
    return chars;
  }
}

function isPackable(value: number): boolean {
  return (
    Number.isSafeInteger(value) && !Object.is(value, -0) && Math.abs(value) < LARGEST_PACKED / 4
  );
}

function checkedValue(value: number): number {
  if (value > Number.MAX_SAFE_INTEGER) throw new CompactTextError('a number is too large');
  return value;
}

function zigzag(value: number): number {
  return value >= 0 ? value * 2 : -value * 2 - 1;
}

function unzigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index < bytes.length; index += 3) {
    const chunk =
      ((bytes[index] ?? 0) << 16) | ((bytes[index + 1] ?? 0) << 8) | (bytes[index + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - index) * 8) / 6));
    for (let shift = 0; shift < chars; shift += 1)
      text += BASE64URL[(chunk >> (18 - shift * 6)) & 63];
  }
  return text;
}

function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new CompactTextError('impossible base64 length');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const char of text) {
    const value = BASE64URL.indexOf(char);
    if (value < 0) throw new CompactTextError(`"${char}" cannot be part of the data`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}

const ISO_UTC = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\.(\d{3})Z$/;
const DAY_MS = 86_400_000;

/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(days: number): [number, number, number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** `YYYY-MM-DDTHH:MM:SS.sssZ` (what toISOString writes) as a string from epoch ms. */
export function msToIso(ms: number): string {
  const days = Math.floor(ms / DAY_MS);
  const [year, month, day] = civilFromDays(days);
  let rest = ms - days * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = rest - seconds * 1000;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T${pad(hours, 2)}:${pad(minutes, 2)}:${pad(seconds, 2)}.${pad(millis, 3)}Z`;
}

/** Epoch ms of a canonical ISO UTC time, or null when writing it back would not give `value`. */
export function canonicalIsoToMs(value: string): number | null {
  const match = ISO_UTC.exec(value);
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds, millis] = match
    .slice(1)
    .map(Number) as number[];
  const ms =
    daysFromCivil(year as number, month as number, day as number) * DAY_MS +
    (hours as number) * 3_600_000 +
    (minutes as number) * 60_000 +
    (seconds as number) * 1000 +
    (millis as number);
  return msToIso(ms) === value ? ms : null;
}
