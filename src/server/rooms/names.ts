/** Participant names: plain text, trimmed, one line, length-capped, unique in a room. */

export type NameCheck = { ok: true; name: string; key: string } | { ok: false; message: string };

// Control characters, line and paragraph separators, bidi overrides and zero-width characters.
const UNPRINTABLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

export function checkName(typed: string, maxLength: number): NameCheck {
  const name = typed.normalize('NFC').replace(UNPRINTABLE, '').replace(/\s+/g, ' ').trim();
  if (name.length === 0) return { ok: false, message: 'Type a name to join.' };
  if ([...name].length > maxLength)
    return { ok: false, message: `A name can be at most ${maxLength} characters.` };
  return { ok: true, name, key: name.toLocaleLowerCase('en') };
}
