import { describe, expect, it } from 'vitest';
import { ink } from '../../../src/game/art/colour';
import {
  countdownFace,
  countdownState,
  hudScale,
  renderSize,
  shownWidth,
} from '../../../src/game/art/layout';

describe('countdown ring', () => {
  it('counts whole seconds up and empties the ring', () => {
    expect(countdownState(20_000, 20_000)).toMatchObject({
      fraction: 1,
      seconds: 20,
      urgent: false,
      colour: ink.teal,
    });
    expect(countdownState(9_500, 20_000)).toMatchObject({ seconds: 10, colour: ink.gold });
    expect(countdownState(4_200, 20_000)).toMatchObject({
      seconds: 5,
      urgent: true,
      colour: ink.negative,
    });
  });

  it('never goes below zero or above full', () => {
    expect(countdownState(-300, 10_000)).toMatchObject({ fraction: 0, seconds: 0 });
    expect(countdownState(15_000, 10_000).fraction).toBe(1);
    expect(countdownState(1_000, 0).fraction).toBe(0);
  });
});

describe('countdown ring as drawn (once per second)', () => {
  it('looks the same all through one second and changes at the next', () => {
    const early = countdownFace(14_990, 20_000);
    const late = countdownFace(14_010, 20_000);
    expect(late).toEqual(early);
    expect(countdownFace(13_990, 20_000).key).not.toBe(early.key);
  });

  it('draws the arc of the whole seconds shown, so number and ring agree', () => {
    expect(countdownFace(14_500, 20_000)).toMatchObject({ seconds: 15, fraction: 0.75 });
    expect(countdownFace(12_400, 12_500)).toMatchObject({ seconds: 13, fraction: 1 });
    expect(countdownFace(0, 20_000)).toMatchObject({ seconds: 0, fraction: 0, urgent: true });
  });

  it('changes colour on a second, never in between', () => {
    // 10.4 s of 20 s is just over half, but it reads "11": still the calm colour.
    expect(countdownFace(10_400, 20_000)).toMatchObject({ seconds: 11, colour: ink.teal });
    expect(countdownFace(9_900, 20_000)).toMatchObject({ seconds: 10, colour: ink.gold });
  });

  it('tells a new timed decision from the old one at the same second', () => {
    expect(countdownFace(8_000, 20_000).key).not.toBe(countdownFace(8_000, 10_000).key);
  });
});

describe('canvas pixels for the size shown', () => {
  it('letterboxes a 16:9 stage in its box like a FIT scale', () => {
    expect(shownWidth(1280, 720)).toBe(1280);
    expect(shownWidth(800, 1000)).toBe(800);
    expect(shownWidth(2000, 396)).toBeCloseTo(704);
    expect(shownWidth(0, 500)).toBe(0);
  });

  it('draws as many pixels as are shown, with a camera zoom back to 1280×720', () => {
    expect(renderSize(704, 1)).toEqual({ width: 704, height: 396, zoom: 0.55 });
    expect(renderSize(390, 3)).toMatchObject({ width: 1170, height: 658 });
  });

  it('never draws more than the 1280×720 the art is made for', () => {
    expect(renderSize(1920, 2)).toEqual({ width: 1280, height: 720, zoom: 1 });
  });

  it('keeps a readable minimum for tiny or unmeasured hosts', () => {
    expect(renderSize(100, 1).width).toBe(320);
    expect(renderSize(0, 1)).toEqual({ width: 1280, height: 720, zoom: 1 });
    expect(renderSize(Number.NaN, Number.NaN).width).toBe(1280);
    expect(renderSize(704, 0).width).toBe(704);
  });
});

describe('HUD scale for small screens', () => {
  it('enlarges the countdown ring as the stage is shown smaller', () => {
    expect(hudScale(1280)).toBe(1);
    expect(hudScale(700)).toBe(1.3);
    expect(hudScale(390)).toBe(1.7);
    expect(hudScale(0)).toBe(1);
  });
});
