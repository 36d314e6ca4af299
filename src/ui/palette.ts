/**
 * Exposes a theme's palette (src/services/theme.ts) to the stylesheet as CSS custom properties
 * on `target` (the page, or one overlay such as the projector view), and names the theme in
 * `data-theme` so styles can tell the two apart.
 */
import { dimensionColourOf, fontStack, paletteOf, type ThemeName } from '../services/theme';

export function applyPalette(target: HTMLElement, theme: ThemeName = 'dark'): void {
  for (const [name, colour] of Object.entries(paletteOf(theme)))
    target.style.setProperty(`--${name}`, colour);
  for (const [name, colour] of Object.entries(dimensionColourOf(theme)))
    target.style.setProperty(`--dim-${name}`, colour);
  target.style.setProperty('--font', fontStack);
  target.dataset.theme = theme;
}

/** The whole page in one theme: the palette, and the browser's own bars and form controls. */
export function applyPageTheme(theme: ThemeName): void {
  const root = document.documentElement;
  applyPalette(root, theme);
  root.style.colorScheme = theme;
  document
    .querySelector('meta[name="theme-color"]')
    ?.setAttribute('content', paletteOf(theme).night);
}
