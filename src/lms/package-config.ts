/**
 * What an LMS package was built for. The package builder (scripts/lms/package.ts) sets the
 * build-time constant `__LMS_PACKAGE__` through Vite's `define` (vite.config.ts reads it from
 * the LMS_PACKAGE environment variable); in the ordinary game build it is `null`.
 *
 * This module has no imports, so the shell can read the constant without pulling in the adapter:
 *
 *   if (__LMS_PACKAGE__ !== null) {
 *     const { connectLms } = await import('../lms');
 *     const lms = connectLms(__LMS_PACKAGE__);
 *   }
 *
 * Writing the test on the constant itself (not through a function) lets the bundler drop the
 * whole adapter, @xapi/cmi5 included, from the ordinary build.
 */
export type LmsStandard = 'scorm12' | 'scorm2004' | 'cmi5';

export const LMS_STANDARDS: readonly LmsStandard[] = ['scorm12', 'scorm2004', 'cmi5'];

export interface PackageConfig {
  standard: LmsStandard;
  /** The scenario or track id the package was built for. */
  id: string;
  kind: 'scenario' | 'track';
  /** The scenarios the package holds, in playing order (one for a scenario package). */
  scenarioIds: string[];
  /** Pass mark from 0 to 100, or null: the package reports completion only. */
  masteryScore: number | null;
}

declare global {
  /** Set by vite.config.ts: the package being built, or null in the ordinary game build. */
  const __LMS_PACKAGE__: PackageConfig | null;
}
