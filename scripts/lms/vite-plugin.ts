/**
 * "Package mode" for the Vite build: when the LMS_PACKAGE environment variable holds a
 * PackageConfig (JSON), vite.config.ts builds the game for one LMS package:
 * - `__LMS_PACKAGE__` is that config (it is `null` in the ordinary build);
 * - the scenario catalogue holds only the package's scenarios (and its track), and only their
 *   lazy modules exist, so no other scenario's text is in the package;
 * - no offline service worker (vite.config.ts leaves out the offline plugin): the LMS serves the
 *   package, and a worker registered under an LMS's path could outlive the course;
 * - a cmi5 package may connect to the LRS the LMS names at launch (its Content-Security-Policy
 *   allows https: and http: connections; SCORM packages keep `connect-src 'self'`).
 */
import type { Plugin } from 'vite';
import {
  buildCatalogue,
  catalogueModuleSource,
  CATALOGUE_MODULE_ID,
} from '../vite/scenario-catalogue-plugin';
import type { CatalogueData } from '../../src/services/library-types';
import { LMS_STANDARDS, type PackageConfig } from '../../src/lms/package-config';

export const LMS_PACKAGE_ENV = 'LMS_PACKAGE';
const RESOLVED_CATALOGUE = '\0lms-package-catalogue';

/** The package config from the environment; null outside package mode; throws on a bad one. */
export function lmsPackageFromEnv(env: NodeJS.ProcessEnv = process.env): PackageConfig | null {
  const raw = env[LMS_PACKAGE_ENV];
  if (!raw) return null;
  const config = JSON.parse(raw) as PackageConfig;
  const mastery = config.masteryScore;
  const valid =
    LMS_STANDARDS.includes(config.standard) &&
    typeof config.id === 'string' &&
    (config.kind === 'scenario' || config.kind === 'track') &&
    Array.isArray(config.scenarioIds) &&
    config.scenarioIds.length > 0 &&
    (mastery === null || (Number.isInteger(mastery) && mastery >= 0 && mastery <= 100));
  if (!valid) throw new Error(`${LMS_PACKAGE_ENV} does not describe an LMS package: ${raw}`);
  return config;
}

/** The library catalogue cut down to the package: its scenarios, its track, no notes. */
export function packageCatalogue(full: CatalogueData, config: PackageConfig): CatalogueData {
  const entries = config.scenarioIds.flatMap((id) =>
    full.entries.filter((entry) => entry.id === id),
  );
  const tracks =
    config.kind === 'track' ? full.tracks.filter((track) => track.id === config.id) : [];
  return { entries, tracks, notes: [] };
}

export function lmsPackagePlugin(config: PackageConfig, scenariosDir: string): Plugin {
  let catalogue: CatalogueData | null = null;
  const packaged = () => {
    catalogue ??= packageCatalogue(buildCatalogue(scenariosDir), config);
    return catalogue;
  };
  return {
    name: 'lms-package',
    // Before the ordinary catalogue plugin, so this one answers for the virtual module.
    enforce: 'pre',
    resolveId(id) {
      return id === CATALOGUE_MODULE_ID ? RESOLVED_CATALOGUE : undefined;
    },
    load(id) {
      return id === RESOLVED_CATALOGUE ? catalogueModuleSource(packaged()) : undefined;
    },
    transformIndexHtml(html) {
      if (config.standard !== 'cmi5') return html;
      return html.replace("connect-src 'self'", "connect-src 'self' https: http:");
    },
  };
}
