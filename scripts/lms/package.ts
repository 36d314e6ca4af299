/**
 * `npm run package:lms -- [ids…] [--mastery 70] [--standard scorm12] [--iri-base IRI] [--out dir]`
 *
 * For every scenario or track id (no ids: all of them) writes `<id>-scorm12.zip`,
 * `<id>-scorm2004.zip` and `<id>-cmi5.zip` under dist-lms/: the game built in package mode (only
 * that scenario or track; see vite-plugin.ts) plus the manifest, generated from one typed
 * description (manifest.ts), and for SCORM the standard's XSD files beside it.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { build } from 'vite';
import { DEFAULT_PACKAGE_IRI_BASE } from '../../src/lms/vocabulary';
import { LMS_STANDARDS, type LmsStandard, type PackageConfig } from '../../src/lms/package-config';
import { describeLibraryPackages, UnknownPackageError, type LibraryPackage } from './describe';
import { manifestFor, type PackageDescription } from './manifest';
import { LMS_PACKAGE_ENV } from './vite-plugin';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const XSD_DIR = join(ROOT, 'test', 'fixtures', 'lms', 'xsd');
const XSD_FILES: Record<LmsStandard, { dir: string; files: string[] }> = {
  scorm12: {
    dir: 'scorm12',
    files: ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'],
  },
  scorm2004: {
    dir: 'scorm2004-4th',
    files: [
      'imscp_v1p1.xsd',
      'adlcp_v1p3.xsd',
      'adlseq_v1p3.xsd',
      'adlnav_v1p3.xsd',
      'imsss_v1p0.xsd',
      ...[
        'auxresource',
        'control',
        'delivery',
        'limit',
        'objective',
        'random',
        'rollup',
        'seqrule',
        'util',
      ].map((part) => `imsss_v1p0${part}.xsd`),
      'xml.xsd',
      'XMLSchema.dtd',
      'datatypes.dtd',
    ],
  },
  cmi5: { dir: 'cmi5', files: [] },
};
/** Fixed file times, so the same build gives the same zip bytes. */
const ZIP_TIME = new Date('2026-01-01T00:00:00Z');

export interface PackageCommand {
  ids: string[];
  masteryScore: number | null;
  standards: LmsStandard[];
  iriBase: string;
  outDir: string;
}

export function parsePackageCommand(args: string[]): PackageCommand {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      mastery: { type: 'string' },
      standard: { type: 'string', multiple: true },
      'iri-base': { type: 'string' },
      out: { type: 'string' },
    },
  });
  const mastery = values.mastery === undefined ? null : Number(values.mastery);
  if (mastery !== null && !(Number.isInteger(mastery) && mastery >= 0 && mastery <= 100)) {
    throw new UnknownPackageError(
      `--mastery must be a whole number from 0 to 100, not "${values.mastery}".`,
    );
  }
  const standards = (values.standard ?? [...LMS_STANDARDS]) as LmsStandard[];
  const unknown = standards.find((standard) => !LMS_STANDARDS.includes(standard));
  if (unknown)
    throw new UnknownPackageError(
      `--standard must be one of ${LMS_STANDARDS.join(', ')}, not "${unknown}".`,
    );
  return {
    ids: positionals,
    masteryScore: mastery,
    standards,
    iriBase: values['iri-base'] ?? DEFAULT_PACKAGE_IRI_BASE,
    outDir: values.out ?? join(ROOT, 'dist-lms'),
  };
}

/** Every file under `dir`, relative, with "/" separators, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(dir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .sort();
}

async function buildGame(config: PackageConfig, outDir: string): Promise<void> {
  process.env[LMS_PACKAGE_ENV] = JSON.stringify(config);
  // One build per package and standard: Vite's note about its future config loader would
  // repeat for every one of them.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  try {
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'warn',
      // Rolldown's plugin-timing notes would repeat for each of the many builds.
      build: { outDir, emptyOutDir: true, rolldownOptions: { checks: { pluginTimings: false } } },
    });
  } finally {
    delete process.env[LMS_PACKAGE_ENV];
  }
}

function zipPackage(
  gameDir: string,
  description: PackageDescription,
  standard: LmsStandard,
): Uint8Array {
  const entries: Zippable = {};
  const add = (name: string, bytes: Uint8Array) => {
    entries[name] = [bytes, { mtime: ZIP_TIME }];
  };
  for (const file of description.files) add(file, readFileSync(join(gameDir, file)));
  const manifest = manifestFor(standard, description);
  add(manifest.name, new TextEncoder().encode(manifest.xml));
  const xsd = XSD_FILES[standard];
  for (const file of xsd.files) add(file, readFileSync(join(XSD_DIR, xsd.dir, file)));
  return zipSync(entries, { level: 9 });
}

export interface BuiltPackage {
  file: string;
  bytes: number;
}

async function buildOne(
  library: LibraryPackage,
  standard: LmsStandard,
  command: PackageCommand,
): Promise<BuiltPackage> {
  const { id, kind, masteryScore } = library.package;
  const gameDir = join(command.outDir, '.build', `${id}-${standard}`);
  await buildGame({ standard, id, kind, scenarioIds: library.scenarioIds, masteryScore }, gameDir);
  const description: PackageDescription = {
    ...library.package,
    launchFile: 'index.html',
    files: filesUnder(gameDir).filter((file) => !file.endsWith('.map')),
  };
  const file = join(command.outDir, `${id}-${standard}.zip`);
  const zip = zipPackage(gameDir, description, standard);
  writeFileSync(file, zip);
  rmSync(gameDir, { recursive: true, force: true });
  return { file, bytes: zip.length };
}

export async function buildPackages(command: PackageCommand): Promise<BuiltPackage[]> {
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  ).version;
  const libraries = describeLibraryPackages(join(ROOT, 'scenarios'), command.ids, {
    masteryScore: command.masteryScore,
    iriBase: command.iriBase,
    version,
  });
  mkdirSync(command.outDir, { recursive: true });
  const built: BuiltPackage[] = [];
  for (const library of libraries) {
    for (const standard of command.standards)
      built.push(await buildOne(library, standard, command));
  }
  rmSync(join(command.outDir, '.build'), { recursive: true, force: true });
  return built;
}

async function main(): Promise<void> {
  try {
    const command = parsePackageCommand(process.argv.slice(2));
    const built = await buildPackages(command);
    for (const { file, bytes } of built) {
      console.log(`${(bytes / 1024).toFixed(0).padStart(6)} KB  ${relative(ROOT, file)}`);
    }
    const mastery =
      command.masteryScore === null ? 'completion only' : `mastery ${command.masteryScore}`;
    console.log(
      `${built.length} LMS packages (${mastery}) in ${relative(ROOT, command.outDir) || '.'}`,
    );
  } catch (error) {
    if (error instanceof UnknownPackageError || (error instanceof TypeError && 'code' in error)) {
      console.error(error.message);
      process.exitCode = 1;
      return;
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
