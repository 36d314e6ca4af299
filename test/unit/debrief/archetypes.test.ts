import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bandFloor } from '../../../src/engine/profile/bands';
import {
  ARCHETYPE_CONTENT,
  allArchetypes,
  bandOf,
  scoresOf,
  selectArchetype,
  type DimensionScores,
} from '../../../src/engine/profile/archetypes';
import { makeProfile } from './fixtures';

const scores = (
  customerFocus: number | null,
  adaptability: number | null,
  empowerment: number | null,
): DimensionScores => ({
  customerFocus,
  adaptability,
  empowerment,
});

/** The archetype edges are the score bands' (bands.ts): developing starts mid, strong starts high. */
const BAND_EDGES = { mid: bandFloor('developing'), high: bandFloor('strong') };

describe('bandOf', () => {
  it('puts the band edges in the upper band', () => {
    expect(bandOf(BAND_EDGES.mid - 1)).toBe('low');
    expect(bandOf(BAND_EDGES.mid)).toBe('mid');
    expect(bandOf(BAND_EDGES.high - 1)).toBe('mid');
    expect(bandOf(BAND_EDGES.high)).toBe('high');
    expect(bandOf(0)).toBe('low');
    expect(bandOf(100)).toBe('high');
  });

  it('is total outside 0–100', () => {
    expect(bandOf(-5)).toBe('low');
    expect(bandOf(140)).toBe('high');
  });
});

describe('selectArchetype', () => {
  const cases: Array<[string, DimensionScores]> = [
    ['customer-first-coach', scores(70, 70, 70)],
    ['customer-advocate', scores(90, 50, 20)],
    ['pathfinder', scores(39, 85, 60)],
    ['team-enabler', scores(10, 10, 100)],
    ['frontline-champion', scores(80, 69, 75)],
    ['hands-on-fixer', scores(72, 88, 0)],
    ['inward-innovator', scores(69, 70, 70)],
    ['steady-operator', scores(40, 69, 55)],
    ['careful-custodian', scores(45, 39, 20)],
    ['gatekeeper', scores(0, 39, 12)],
    ['not-yet-read', scores(null, null, null)],
  ];

  it.each(cases)('selects %s', (id, input) => {
    expect(selectArchetype(input).id).toBe(id);
  });

  it('covers every archetype in the catalogue', () => {
    const selected = new Set(cases.map(([id]) => id));
    expect(
      allArchetypes()
        .map((archetype) => archetype.id)
        .sort(),
    ).toEqual([...selected].sort());
  });

  it('reads only the measured dimensions', () => {
    expect(selectArchetype(scores(80, null, 90)).id).toBe('frontline-champion');
    expect(selectArchetype(scores(null, 71, null)).id).toBe('pathfinder');
    expect(selectArchetype(scores(null, 40, null)).id).toBe('steady-operator');
    expect(selectArchetype(scores(10, null, null)).id).toBe('gatekeeper');
    expect(selectArchetype(scores(50, 10, null)).id).toBe('careful-custodian');
  });

  it('treats NaN as not measured', () => {
    expect(selectArchetype(scores(Number.NaN, Number.NaN, Number.NaN)).id).toBe('not-yet-read');
    expect(selectArchetype(scores(Number.NaN, 90, 90)).id).toBe('inward-innovator');
  });

  it('moves across each band edge exactly at the edge', () => {
    expect(selectArchetype(scores(BAND_EDGES.high - 1, 50, 50)).id).toBe('steady-operator');
    expect(selectArchetype(scores(BAND_EDGES.high, 50, 50)).id).toBe('customer-advocate');
    expect(selectArchetype(scores(BAND_EDGES.mid - 1, 0, 0)).id).toBe('gatekeeper');
    expect(selectArchetype(scores(BAND_EDGES.mid, 0, 0)).id).toBe('careful-custodian');
  });

  it('is total and deterministic over every input', () => {
    const score = fc.option(fc.oneof(fc.integer({ min: -50, max: 200 }), fc.double()), {
      nil: null,
    });
    fc.assert(
      fc.property(score, score, score, (customerFocus, adaptability, empowerment) => {
        const input = scores(customerFocus, adaptability, empowerment);
        const first = selectArchetype(input);
        expect(first.name.length).toBeGreaterThan(0);
        expect(first.summary.length).toBeGreaterThan(0);
        expect(selectArchetype({ ...input })).toBe(first);
      }),
    );
  });

  it('gives every archetype something to try, and every dimension a strength and a blind spot', () => {
    for (const archetype of allArchetypes()) expect(archetype.tryNext.length).toBeGreaterThan(0);
    for (const words of Object.values(ARCHETYPE_CONTENT.dimensions)) {
      expect(words.strength.length).toBeGreaterThan(0);
      expect(words.blindSpot.length).toBeGreaterThan(0);
    }
  });

  it('reads a profile through scoresOf', () => {
    expect(scoresOf(makeProfile().dimensions)).toEqual(scores(75, null, 33));
    expect(selectArchetype(scoresOf(makeProfile().dimensions)).id).toBe('customer-advocate');
  });
});
