import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeResultCode,
  encodeResultCode,
  extractResultCodes,
  MAX_RESULT_CODE_LENGTH,
} from '../../../src/engine/session/result-code';
import { fixtureLogs, libraryScenario } from '../../fixtures/facilitator/fixture';
import { randomSessionLogs } from '../../fixtures/facilitator/random-sessions';

const codes = [
  ...fixtureLogs().map((log) => encodeResultCode(log)),
  ...randomSessionLogs(libraryScenario('callback-promise.json'), 3).map((log) =>
    encodeResultCode({ ...log, alias: 'Anna Berg' }),
  ),
];
const [first, second, third] = codes as [string, string, string];

/** Hard-wraps a text at `width` columns, the way a mail client does, each line with `prefix`. */
function wrap(text: string, width: number, prefix = ''): string {
  const lines: string[] = [];
  for (let at = 0; at < text.length; at += width) lines.push(prefix + text.slice(at, at + width));
  return lines.join('\n');
}

const found = (text: string) => extractResultCodes(text).map((item) => item.code);

describe('extractResultCodes', () => {
  it('finds a code on its own, and one with spaces around it', () => {
    expect(found(first)).toEqual([first]);
    expect(found(`  \n\t${first}  \n`)).toEqual([first]);
  });

  it('joins a code an email wrapped at 76 columns, with the text around it', () => {
    const email = `Hi,\n\nhere is my result:\n\n${wrap(first, 76)}\n\nBest regards,\nAnna`;
    expect(email.split('\n').every((line) => line.length <= 76)).toBe(true);
    expect(found(email)).toEqual([first]);
    expect(extractResultCodes(email)[0]?.line).toBe(5);
  });

  it('joins wrapped lines that end with spaces (format=flowed) or a quoted-printable "="', () => {
    const flowed = first.match(/.{1,70}/g)!.join(' \r\n');
    const printable = first.match(/.{1,75}/g)!.join('=\n');
    expect(found(flowed)).toEqual([first]);
    expect(found(printable)).toEqual([first]);
  });

  it('reads codes in quoted replies, the quote marks repeated on every wrapped line', () => {
    const reply = `Thanks!\n\nOn Monday Anna wrote:\n${wrap(first, 72, '> ')}\n>> ${second}\n`;
    expect(found(reply)).toEqual([first, second]);
  });

  it('reads codes in a chat log after a time and a name', () => {
    const chat = [
      `[10:41] Facilitator: please paste your codes`,
      `[10:42] Anna Berg: ${first}`,
      `[10:42] Chen Li: here you go ${second} thanks`,
      `10:43 - Eve: ${third}`,
    ].join('\n');
    expect(found(chat)).toEqual([first, second, third]);
    expect(extractResultCodes(chat).map((item) => item.line)).toEqual([2, 3, 4]);
  });

  it('finds several codes on one line and in one paste, in order', () => {
    expect(found(`${first} ${second},${third}`)).toEqual([first, second, third]);
    expect(found(codes.join('\n\n'))).toEqual(codes);
  });

  it('drops invisible characters chat apps put inside long words', () => {
    const withJoiners = `${first.slice(0, 40)}\u200b${first.slice(40, 90)}\u00ad${first.slice(90)}`;
    expect(found(withJoiners)).toEqual([first]);
  });

  it('reads lowercase or other-version codes so the decoder can say what is wrong', () => {
    expect(found('lsim1.abc.12345678')).toEqual(['lsim1.abc.12345678']);
    const other = found('LSIM2.abc.12345678')[0]!;
    expect(decodeResultCode(other)).toMatchObject({ message: expect.stringContaining('version') });
  });

  it('returns a cut-off code as found, which the decoder refuses plainly', () => {
    const cut = first.slice(0, 120);
    const [item] = found(`Mine: ${cut}\n\nRegards`);
    expect(decodeResultCode(item!)).toMatchObject({ ok: false });
  });

  it('finds nothing in text without codes', () => {
    expect(extractResultCodes('')).toEqual([]);
    expect(extractResultCodes('Hello, I could not finish the simulation.')).toEqual([]);
  });

  it('finds every code whatever the wrapping, quoting and chatter (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...codes), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 12, max: 100 }),
        fc.constantFrom('', '> ', '>> ', '    ', '> > '),
        fc.constantFrom('', 'Hi, my code: ', '[09:15] Sam Jones: ', 'Code -> '),
        (picked, width, prefix, intro) => {
          const text = picked
            .map((code) => wrap(intro + code, width, prefix) + '\n\nthanks, see you')
            .join('\n');
          expect(found(text)).toEqual(picked);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('result code limits', () => {
  it('refuses a code longer than the limit before unpacking it', () => {
    const long = `LSIM1.${'A'.repeat(MAX_RESULT_CODE_LENGTH)}.00000000`;
    expect(decodeResultCode(long)).toMatchObject({
      ok: false,
      message: expect.stringContaining('far too long'),
    });
  });

  it('refuses a short code that would unpack to megabytes', () => {
    const [log] = fixtureLogs();
    const bomb = encodeResultCode({ ...log!, alias: 'x'.repeat(3_000_000) });
    expect(bomb.length).toBeLessThan(MAX_RESULT_CODE_LENGTH);
    expect(decodeResultCode(bomb)).toMatchObject({
      ok: false,
      message: expect.stringContaining('unpacks to more than 256 KB'),
    });
  });
});
