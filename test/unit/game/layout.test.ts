import { describe, expect, it } from 'vitest';
import { ink } from '../../../src/game/art/colour';
import {
  METER_PANEL,
  STAGE,
  countdownFace,
  countdownState,
  formatDelta,
  hudScale,
  PORTRAIT_HEAD,
  renderSize,
  shownWidth,
  meterColour,
  meterFraction,
  meterPanelHeight,
  meterRowTop,
} from '../../../src/game/art/layout';

describe('meter arithmetic', () => {
  it('fills the bar by the share of the range, clamped', () => {
    expect(meterFraction({ value: 50, min: 0, max: 100 })).toBe(0.5);
    expect(meterFraction({ value: 150, min: 100, max: 200 })).toBe(0.5);
    expect(meterFraction({ value: -20, min: 0, max: 100 })).toBe(0);
    expect(meterFraction({ value: 120, min: 0, max: 100 })).toBe(1);
  });

  it('treats a meter without bounds as 0..100, like the DOM bar', () => {
    expect(meterFraction({ value: 25 })).toBe(0.25);
  });

  it('shows an empty bar for a broken range instead of dividing by zero', () => {
    expect(meterFraction({ value: 5, min: 10, max: 10 })).toBe(0);
    expect(meterFraction({ value: Number.NaN })).toBe(0);
  });

  it('colours low meters red, middling amber and healthy green', () => {
    expect(meterColour(0)).toBe(ink.negative);
    expect(meterColour(0.5)).toBe(ink.mixed);
    expect(meterColour(1)).toBe(ink.positive);
  });

  it('writes changes with a sign and a real minus, and nothing for no change', () => {
    expect(formatDelta(10)).toBe('+10');
    expect(formatDelta(-5)).toBe('\u22125');
    expect(formatDelta(0.2)).toBe('');
  });

  it('keeps six meters inside the stage', () => {
    expect(meterPanelHeight(0)).toBe(0);
    expect(METER_PANEL.top + meterPanelHeight(6)).toBeLessThan(STAGE.height);
    expect(meterRowTop(1) - meterRowTop(0)).toBe(METER_PANEL.rowHeight);
  });
});

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
  it('enlarges the meters and ring as the stage is shown smaller', () => {
    expect(hudScale(1280)).toBe(1);
    expect(hudScale(700)).toBe(1.3);
    expect(hudScale(390)).toBe(1.7);
    expect(hudScale(0)).toBe(1);
  });

  it('keeps the enlarged panel clear of the speaker and inside the stage', () => {
    const scale = hudScale(390);
    expect(METER_PANEL.right - METER_PANEL.width * scale).toBeGreaterThan(PORTRAIT_HEAD.x + 110);
    expect(METER_PANEL.top + meterPanelHeight(4) * scale).toBeLessThan(STAGE.height);
  });
});
