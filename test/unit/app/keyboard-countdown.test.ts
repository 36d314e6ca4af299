import { describe, expect, it } from 'vitest';
import { playKeyAction, type KeyInfo } from '../../../src/ui/keyboard';
import { countdownText, nextAnnouncement } from '../../../src/ui/countdown';

const key = (k: string, extra: Partial<KeyInfo> = {}): KeyInfo => ({
  key: k,
  repeat: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...extra,
});

describe('playKeyAction', () => {
  it('maps digits to offered choices only', () => {
    expect(playKeyAction(key('2'), 3, false)).toEqual({ type: 'choose', number: 2 });
    expect(playKeyAction(key('4'), 3, false)).toBeNull();
    expect(playKeyAction(key('7'), 6, false)).toBeNull();
  });

  it('continues with Enter or Space unless a control handles the key itself', () => {
    expect(playKeyAction(key('Enter'), 0, true)).toEqual({ type: 'continue' });
    expect(playKeyAction(key(' ', { targetTag: 'H2' }), 0, true)).toEqual({ type: 'continue' });
    expect(playKeyAction(key('Enter', { targetTag: 'BUTTON' }), 0, true)).toBeNull();
    expect(playKeyAction(key('Enter'), 3, false)).toBeNull();
  });

  it('ignores repeats, modifiers and typing in fields', () => {
    expect(playKeyAction(key('1', { repeat: true }), 3, false)).toBeNull();
    expect(playKeyAction(key('1', { ctrlKey: true }), 3, false)).toBeNull();
    expect(playKeyAction(key('1', { targetTag: 'INPUT' }), 3, false)).toBeNull();
    expect(playKeyAction(key('1', { targetTag: 'BUTTON' }), 3, false)).toEqual({
      type: 'choose',
      number: 1,
    });
  });
});

describe('countdown announcements', () => {
  it('announces at the start and once at ten seconds left', () => {
    let state = { startAnnounced: false, warningAnnounced: false };
    const first = nextAnnouncement(state, 30_000, 30_000);
    expect(first.text).toContain('30 seconds left of 30');
    state = first.state;
    expect(nextAnnouncement(state, 20_000, 30_000).text).toBeNull();
    const warning = nextAnnouncement(state, 9_800, 30_000);
    expect(warning.text).toBe('10 seconds left.');
    expect(nextAnnouncement(warning.state, 5_000, 30_000).text).toBeNull();
  });

  it('does not warn again when a decision starts with under ten seconds', () => {
    const first = nextAnnouncement(
      { startAnnounced: false, warningAnnounced: false },
      8_000,
      8_000,
    );
    expect(nextAnnouncement(first.state, 4_000, 8_000).text).toBeNull();
  });

  it('words the time left', () => {
    expect(countdownText(1_000)).toBe('1 second left');
    expect(countdownText(1_001)).toBe('2 seconds left');
    expect(countdownText(-5)).toBe('0 seconds left');
  });
});
