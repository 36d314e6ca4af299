/**
 * Components shared by the screens, beside the kit's plain DOM helpers: gauges (a meter's value
 * as a labelled bar), the three dimensions with their colours, portraits and setting pictures.
 * Pictures are canvases marked with what to draw; `paintPictures` loads the painter and the art
 * with a dynamic import once the screen is up, so the art never delays a screen or the title.
 */
import type { Look, Setting } from '../engine/scenario/schema';
import { el } from './kit';

export interface GaugeData {
  id: string;
  label: string;
  value: number;
  min?: number | undefined;
  max?: number | undefined;
  /** Words before the value ("starts at "), read by screen readers with it. */
  prefix?: string;
}

export function gaugeShare({ value, min = 0, max = 100 }: GaugeData): number {
  return max > min ? Math.min(1, Math.max(0, (value - min) / (max - min))) : 0;
}

export function gauge(data: GaugeData): HTMLElement {
  const fill = el('span', { className: 'gauge-fill' });
  fill.style.width = `${Math.round(gaugeShare(data) * 100)}%`;
  return el(
    'li',
    { className: 'gauge', attrs: { 'data-meter-id': data.id, 'data-value': data.value } },
    [
      el('span', { className: 'gauge-label' }, [
        el('span', { text: `${data.label}` }),
        el('span', { className: 'gauge-value' }, [
          data.prefix ? el('span', { className: 'visually-hidden', text: data.prefix }) : null,
          String(data.value),
        ]),
      ]),
      el('span', { className: 'gauge-bar', attrs: { 'aria-hidden': 'true' } }, [fill]),
    ],
  );
}

export function gaugeList(gauges: readonly GaugeData[], label: string): HTMLElement {
  return el('ul', { className: 'gauges', attrs: { 'aria-label': label } }, gauges.map(gauge));
}

export const DIMENSIONS = [
  ['customerFocus', 'Customer focus'],
  ['adaptability', 'Adaptability'],
  ['empowerment', 'Empowerment'],
] as const;

/** The three scored dimensions, each with its colour (the same as the debrief's charts). */
export function dimensionList(): HTMLElement {
  return el(
    'ul',
    { className: 'dimension-list', attrs: { 'aria-label': 'The three scored dimensions' } },
    DIMENSIONS.map(([key, name]) =>
      el('li', { className: `dimension dimension-${key}`, text: name }),
    ),
  );
}

export interface CastCard {
  id: string;
  name: string;
  role: string;
  look?: Look;
}

/** A canvas that `paintPictures` fills with a portrait of the cast member. */
export function portrait(castId: string, look?: Look): HTMLCanvasElement {
  const canvas = el('canvas', {
    className: 'picture portrait',
    attrs: { 'aria-hidden': 'true', 'data-portrait': castId },
  });
  if (look) canvas.dataset.look = JSON.stringify(look);
  return canvas;
}

/** A canvas that `paintPictures` fills with a small picture of the setting. */
export function settingPicture(setting: Setting | undefined, className = ''): HTMLCanvasElement {
  return el('canvas', {
    className: `picture setting-picture ${className}`.trim(),
    attrs: { 'aria-hidden': 'true', 'data-setting': setting ?? 'office' },
  });
}

export function castStrip(cast: readonly CastCard[]): HTMLElement {
  return el(
    'ul',
    { className: 'cast-strip' },
    cast.map((member) =>
      el('li', { className: 'cast-member' }, [
        portrait(member.id, member.look),
        el('span', { className: 'cast-words' }, [
          el('strong', { className: 'cast-name', text: member.name }),
          el('span', { className: 'cast-role', text: member.role }),
        ]),
      ]),
    ),
  );
}

/**
 * Paints every picture canvas under `root` once the art has loaded. A failure leaves the
 * plain tinted boxes: the pictures are decoration, every word is in the DOM beside them.
 */
export async function paintPictures(root: HTMLElement): Promise<void> {
  const canvases = [...root.querySelectorAll<HTMLCanvasElement>('canvas.picture')];
  if (canvases.length === 0) return;
  try {
    const art = await import('./art/pictures');
    for (const canvas of canvases) {
      if (!canvas.isConnected) continue;
      const castId = canvas.dataset.portrait;
      if (castId) {
        const look = canvas.dataset.look ? (JSON.parse(canvas.dataset.look) as Look) : undefined;
        art.drawPortrait(canvas, castId, look);
      } else if (canvas.dataset.setting) {
        art.drawSetting(canvas, canvas.dataset.setting as Setting);
      }
      canvas.dataset.painted = 'true';
    }
  } catch {
    // The art could not load (offline before it was cached): the boxes stay plain.
  }
}
