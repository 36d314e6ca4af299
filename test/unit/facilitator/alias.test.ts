// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ALIAS_MAX_LENGTH, cleanAlias, loadAlias, saveAlias } from '../../../src/services/settings';
import { aliasField } from '../../../src/ui/alias-field';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

/** Storage that refuses everything, as in some private windows. */
const blocked = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
} as unknown as Storage;

describe('cleanAlias', () => {
  it('keeps names as plain text on one line, capped', () => {
    expect(cleanAlias('  Anna   Berg ')).toBe('Anna Berg');
    expect(cleanAlias('Anna\nBerg\u0000\u200b')).toBe('Anna Berg');
    expect(cleanAlias('<b>Sam</b>')).toBe('<b>Sam</b>');
    expect(Array.from(cleanAlias('é'.repeat(100)))).toHaveLength(ALIAS_MAX_LENGTH);
    // Whole characters: an emoji is never cut in half.
    expect(cleanAlias('😀'.repeat(50))).toBe('😀'.repeat(ALIAS_MAX_LENGTH));
  });
});

describe('the remembered alias', () => {
  it('is remembered and forgotten', () => {
    const storage = memoryStorage();
    saveAlias(storage, ' Chen ');
    expect(loadAlias(storage)).toBe('Chen');
    saveAlias(storage, '   ');
    expect(loadAlias(storage)).toBe('');
  });

  it('never throws when storage is blocked or missing', () => {
    expect(() => saveAlias(blocked, 'Eve')).not.toThrow();
    expect(loadAlias(blocked)).toBe('');
    expect(loadAlias(undefined)).toBe('');
  });
});

describe('aliasField', () => {
  it('shows the remembered alias, cleans what is typed and remembers it', () => {
    const storage = memoryStorage();
    saveAlias(storage, 'Ana');
    const changes: string[] = [];
    const field = aliasField({ storage, onChange: (alias) => changes.push(alias) });
    const input = field.element.querySelector('input') as HTMLInputElement;
    expect(input.value).toBe('Ana');
    expect(input.maxLength).toBe(ALIAS_MAX_LENGTH);
    expect(field.element.querySelector('label')?.textContent).toBe('Your name or alias (optional)');
    input.value = '  Ana\tSilva ';
    input.dispatchEvent(new Event('change'));
    expect(input.value).toBe('Ana Silva');
    expect(changes.at(-1)).toBe('Ana Silva');
    expect(loadAlias(storage)).toBe('Ana Silva');
  });

  it('works with storage blocked', () => {
    const field = aliasField({ storage: blocked });
    const input = field.element.querySelector('input') as HTMLInputElement;
    input.value = 'Sam';
    expect(field.value()).toBe('Sam');
  });
});
