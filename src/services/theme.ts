/**
 * One palette for the whole product: the DOM styles (src/ui) and the Phaser art (src/game)
 * both read these, so the canvas and the controls look like one thing.
 * Text/background pairs are chosen for WCAG AA contrast.
 */
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
  negative: '#e5624f',
  mixed: '#e8b04b',
} as const;

/** Colour of each leadership dimension, used by meters, charts and the debrief. */
export const dimensionColour = {
  customerFocus: palette.gold,
  adaptability: palette.teal,
  empowerment: palette.violet,
} as const;

export const fontStack = `'Atkinson Hyperlegible', 'Segoe UI', system-ui, sans-serif`;
