import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../../../src/engine/scenario/schema';
import {
  DEFAULT_SETTING,
  STAGE_HEIGHT,
  STAGE_WIDTH,
  backdropShapes,
} from '../../../src/game/art/backdrops';
import { boundsOf, type Shape } from '../../../src/game/art/shapes';

function colours(shape: Shape): number[] {
  switch (shape.kind) {
    case 'gradient':
      return [shape.top, shape.bottom];
    case 'line':
      return [shape.colour];
    default:
      return [shape.fill];
  }
}

describe('backdrops', () => {
  it.each(SETTINGS)('%s fills the whole stage, then draws its own scenery', (setting) => {
    const shapes = backdropShapes(setting);
    const [wall, floor] = shapes;
    expect(wall && boundsOf(wall)).toMatchObject({ left: 0, top: 0, right: STAGE_WIDTH });
    expect(floor && boundsOf(floor)).toMatchObject({
      left: 0,
      right: STAGE_WIDTH,
      bottom: STAGE_HEIGHT,
    });
    expect(shapes.length).toBeGreaterThan(20);
  });

  it.each(SETTINGS)(
    '%s uses valid colours and alphas and keeps every shape on stage',
    (setting) => {
      for (const shape of backdropShapes(setting)) {
        for (const colour of colours(shape)) {
          expect(Number.isInteger(colour) && colour >= 0 && colour <= 0xffffff).toBe(true);
        }
        const alpha = shape.alpha ?? 1;
        expect(alpha).toBeGreaterThanOrEqual(0);
        expect(alpha).toBeLessThanOrEqual(1);
        const box = boundsOf(shape);
        // Partly off-stage is fine (a brick at the edge); wholly off-stage would be wasted work.
        expect(
          box.right > 0 && box.left < STAGE_WIDTH && box.bottom > 0 && box.top < STAGE_HEIGHT,
        ).toBe(true);
      }
    },
  );

  it('draws a different picture for every setting', () => {
    const pictures = new Set(SETTINGS.map((setting) => JSON.stringify(backdropShapes(setting))));
    expect(pictures.size).toBe(SETTINGS.length);
  });

  it('falls back to the office when a scenario names no setting', () => {
    expect(DEFAULT_SETTING).toBe('office');
    expect(backdropShapes(undefined)).toEqual(backdropShapes('office'));
  });
});
