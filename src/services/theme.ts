/**
 * One palette per theme for the whole product: the DOM styles (src/ui) read the chosen theme
 * as CSS custom properties; the Phaser art (src/game) is an illustration and keeps the dark
 * palette in both themes, so the picture looks the same on a laptop and on a projector.
 * Every text/background pair the stylesheet uses is chosen for WCAG AA contrast in both
 * themes: text colours (paper, paperMuted, gold, positive…) on night/ink/inkRaised, and night
 * on the accents used as fills (coral buttons, gold countdown).
 */
export type ThemeName = 'dark' | 'light';
export const THEME_NAMES: readonly ThemeName[] = ['dark', 'light'];

export const palette = {
  night: '#0f1b2d', // page background, letterbox bars
  ink: '#17263d', // panels
  inkRaised: '#22365a', // raised panels, cards
  line: '#3a5179',
  paper: '#fbf5e9', // main text on dark
  paperMuted: '#c9d2e3', // secondary text on dark
  coral: '#f08a5d', // primary accent (buttons)
  coralDark: '#b4532a', // accent text on paper
  teal: '#2fa39a', // adaptability
  gold: '#f2c14e', // customer focus
  violet: '#9b8cf2', // empowerment
  positive: '#5cc28a',
  negative: '#ea6c58',
  mixed: '#e8b04b',
} as const;

export type Palette = { readonly [K in keyof typeof palette]: string };

/** For projectors and print: dark text on warm white; accents deepened to keep AA on white. */
export const lightPalette: Palette = {
  night: '#fbf8f2',
  ink: '#ffffff',
  inkRaised: '#eef1f6',
  line: '#8d9ab1',
  paper: '#13203a',
  paperMuted: '#3b4862',
  coral: '#b04e26',
  coralDark: '#8f3c1a',
  teal: '#1d7a73',
  gold: '#8a5d05',
  violet: '#5b4bc4',
  positive: '#287a4c',
  negative: '#b8382a',
  mixed: '#8f6409',
};

export function paletteOf(theme: ThemeName): Palette {
  return theme === 'light' ? lightPalette : palette;
}

/** Colour of each leadership dimension, used by meters, charts and the debrief. */
export function dimensionColourOf(theme: ThemeName) {
  const colours = paletteOf(theme);
  return {
    customerFocus: colours.gold,
    adaptability: colours.teal,
    empowerment: colours.violet,
  } as const;
}

export const dimensionColour = dimensionColourOf('dark');

export const fontStack = `'Atkinson Hyperlegible', 'Segoe UI', system-ui, sans-serif`;
