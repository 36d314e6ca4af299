/** Exposes the shared palette (src/services/theme.ts) to the stylesheet as CSS custom properties. */
import { dimensionColour, fontStack, palette } from '../services/theme';

export function applyPalette(target: HTMLElement): void {
  for (const [name, colour] of Object.entries(palette))
    target.style.setProperty(`--${name}`, colour);
  for (const [name, colour] of Object.entries(dimensionColour))
    target.style.setProperty(`--dim-${name}`, colour);
  target.style.setProperty('--font', fontStack);
}
