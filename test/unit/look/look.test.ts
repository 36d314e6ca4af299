import { describe, expect, it } from 'vitest';
import { lightPalette, palette, type Palette } from '../../../src/services/theme';
import { themesOf } from '../../../src/ui/screens/list';
import { gaugeShare } from '../../../src/ui/components';
import type { CatalogueEntry } from '../../../src/services/library-types';

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

// The pairs the stylesheets use: text colours on the three surfaces, and the page colour on
// the accents used as fills (primary buttons, choice numbers, the countdown).
const TEXT = ['paper', 'paperMuted', 'gold', 'teal', 'positive', 'negative', 'mixed'] as const;
const SURFACES = ['night', 'ink', 'inkRaised'] as const;
const FILLS = ['coral', 'gold'] as const;

describe.each([
  ['dark', palette],
  ['light', lightPalette],
] as Array<[string, Palette]>)('the %s theme', (_name, colours) => {
  it('keeps every text pair at WCAG AA (4.5:1)', () => {
    for (const text of TEXT)
      for (const surface of SURFACES) {
        // Raised surfaces (buttons, track cards, table heads) carry only paper and paperMuted
        // words; coloured words (badges, outcomes) sit on night or ink.
        if (surface === 'inkRaised' && text !== 'paper' && text !== 'paperMuted') continue;
        expect(
          contrast(colours[text], colours[surface]),
          `${text} on ${surface}`,
        ).toBeGreaterThanOrEqual(4.5);
      }
    for (const fill of FILLS)
      expect(contrast(colours.night, colours[fill]), `night on ${fill}`).toBeGreaterThanOrEqual(
        4.5,
      );
  });
});

describe('list themes and gauges', () => {
  it('orders themes by use, then by name', () => {
    const entry = (tags: string[]) => ({ tags }) as CatalogueEntry;
    expect(themesOf([entry(['b', 'a']), entry(['b', 'c']), entry([])])).toEqual(['b', 'a', 'c']);
  });

  it('fills a gauge by its share of the range, clamped', () => {
    expect(gaugeShare({ id: 'm', label: 'M', value: 150, min: 100, max: 200 })).toBe(0.5);
    expect(gaugeShare({ id: 'm', label: 'M', value: 25 })).toBe(0.25);
    expect(gaugeShare({ id: 'm', label: 'M', value: 120 })).toBe(1);
    expect(gaugeShare({ id: 'm', label: 'M', value: 5, min: 10, max: 10 })).toBe(0);
  });
});
