/**
 * Which packages to build: each id on the command line is a scenario or a track of the library
 * (no ids: every scenario and every track). Titles and summaries come from the same build-time
 * catalogue the game shows, so a file the checker rejects is never packaged.
 */
import { buildCatalogue } from '../vite/scenario-catalogue-plugin';
import type { PackageDescription } from './manifest';

export interface PackageOptions {
  masteryScore: number | null;
  iriBase: string;
  version: string;
}

export interface LibraryPackage {
  package: Omit<PackageDescription, 'files' | 'launchFile'>;
  /** The scenarios the package holds, in playing order. */
  scenarioIds: string[];
}

export class UnknownPackageError extends Error {}

export function describeLibraryPackages(
  scenariosDir: string,
  ids: readonly string[],
  options: PackageOptions,
): LibraryPackage[] {
  const catalogue = buildCatalogue(scenariosDir);
  const wanted =
    ids.length > 0
      ? ids
      : [...catalogue.entries.map((e) => e.id), ...catalogue.tracks.map((t) => t.id)];
  return wanted.map((id): LibraryPackage => {
    const common = {
      id,
      masteryScore: options.masteryScore,
      iriBase: options.iriBase,
      version: options.version,
    };
    const entry = catalogue.entries.find((candidate) => candidate.id === id);
    if (entry) {
      return {
        package: { ...common, kind: 'scenario', title: entry.title, description: entry.summary },
        scenarioIds: [id],
      };
    }
    const track = catalogue.tracks.find((candidate) => candidate.id === id);
    if (track) {
      return {
        package: { ...common, kind: 'track', title: track.title, description: track.summary },
        scenarioIds: [...track.scenarios],
      };
    }
    const left = catalogue.notes.find((note) => note.file === `${id}.json`);
    throw new UnknownPackageError(
      left
        ? `"${id}" cannot be packaged: scenarios/${left.file} ${left.message}.`
        : `"${id}" is neither a scenario nor a track in scenarios/ (ids: ${wanted.length > 0 ? [...catalogue.entries.map((e) => e.id), ...catalogue.tracks.map((t) => t.id)].join(', ') : 'none'}).`,
    );
  });
}
