/** Every scene key in one place, so scenes never refer to each other by string literal. */
export const SceneKeys = {
  Stage: 'stage',
} as const;

export type SceneKey = (typeof SceneKeys)[keyof typeof SceneKeys];
