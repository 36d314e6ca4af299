import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  crc32Hex,
  decodeResultCode,
  encodeResultCode,
} from '../../../src/engine/session/result-code';
import { planQrCode } from '../../../src/ui/debrief/qr';
import type { SessionInput, SessionLog } from '../../../src/engine/session/types';
import { makeLog } from './fixtures';

function decodedLog(code: string): SessionLog {
  const decoded = decodeResultCode(code);
  if (!decoded.ok) throw new Error(decoded.message);
  return decoded.log;
}

function messageOf(code: string): string {
  const decoded = decodeResultCode(code);
  if (decoded.ok) throw new Error('expected the code to be refused');
  return decoded.message;
}

describe('result codes', () => {
  it('round-trips a session log', () => {
    const log = makeLog({ alias: 'Sam — équipe B', roomVotes: [{ 'use-budget': 3, escalate: 1 }] });
    const code = encodeResultCode(log);
    expect(code).toMatch(/^LSIM1\.[A-Za-z0-9_-]+\.[0-9a-f]{8}$/);
    expect(decodedLog(code)).toEqual(log);
  });

  it('is compact: a typical log fits a QR code of comfortable size', () => {
    const inputs: SessionInput[] = Array.from({ length: 24 }, (_, index) => ({
      type: 'choose',
      choiceId: `choice-${index % 3}`,
      at: 4_000 * (index + 1),
    }));
    const plan = planQrCode(encodeResultCode(makeLog({ inputs })).length);
    expect(plan).toMatchObject({ fits: true, large: false });
  });

  it('tolerates whitespace and line breaks anywhere', () => {
    const code = encodeResultCode(makeLog());
    const wrapped = `  ${code.slice(0, 10)}\n${code.slice(10, 30)} \r\n\t${code.slice(30)}\n`;
    expect(decodedLog(wrapped)).toEqual(makeLog());
  });

  it('round-trips any log', () => {
    const input = fc.oneof(
      fc.record({ type: fc.constant('continue' as const), at: fc.nat() }),
      fc.record({ type: fc.constant('timeout' as const), at: fc.nat() }),
      fc.record({
        type: fc.constant('choose' as const),
        choiceId: fc.string({ minLength: 1 }),
        at: fc.nat(),
      }),
    );
    fc.assert(
      fc.property(
        fc.array(input, { maxLength: 40 }),
        fc.integer(),
        fc.string(),
        (inputs, seed, alias) => {
          const log = makeLog({ inputs, seed, alias });
          expect(decodedLog(encodeResultCode(log))).toEqual(log);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('catches a mistyped character with the checksum', () => {
    const code = encodeResultCode(makeLog());
    const at = 12;
    const typo = code.slice(0, at) + (code[at] === 'A' ? 'B' : 'A') + code.slice(at + 1);
    expect(messageOf(typo)).toMatch(/typo/);
  });

  it('refuses an empty code, a foreign prefix and another version', () => {
    expect(messageOf('   ')).toMatch(/empty/);
    expect(messageOf('https://example.com/x')).toMatch(/not a result code from this game/);
    expect(messageOf('LSIM2.abc.00000000')).toMatch(/different version/);
  });

  it('refuses a code cut short or with stray characters', () => {
    const code = encodeResultCode(makeLog());
    expect(messageOf(code.slice(0, code.lastIndexOf('.')))).toMatch(/incomplete/);
    expect(messageOf(code.slice(0, -3))).toMatch(/cut short/);
    expect(messageOf(code.replace('.', '.<'))).toMatch(/character that cannot be part of it: "<"/);
  });

  it('refuses corrupt data that carries a valid checksum', () => {
    const body = 'LSIM1.AAAAAAAA';
    expect(messageOf(`${body}.${crc32Hex(body)}`)).toMatch(/damaged/);
  });

  it('refuses foreign JSON packed like a code', () => {
    const foreign = encodeResultCode({ hello: 'world' } as unknown as SessionLog);
    expect(messageOf(foreign)).toMatch(
      /does not hold a valid session.*not a session log from this game/,
    );
    const damaged = encodeResultCode({ ...makeLog(), seed: 'x' } as unknown as SessionLog);
    expect(messageOf(damaged)).toMatch(/seed/);
  });

  it('accepts a lower-case prefix', () => {
    const code = encodeResultCode(makeLog());
    expect(decodedLog(`lsim1${code.slice(5)}`)).toEqual(makeLog());
  });

  it('computes the standard CRC-32', () => {
    expect(crc32Hex('123456789')).toBe('cbf43926');
    expect(crc32Hex('')).toBe('00000000');
  });
});
