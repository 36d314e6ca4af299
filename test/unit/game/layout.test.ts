import { describe, expect, it } from 'vitest';
import { ink } from '../../../src/game/art/colour';
import {
  METER_PANEL,
  STAGE,
  countdownState,
  formatDelta,
  hudScale,
  PORTRAIT_HEAD,
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
