/**
 * `npm run check:scenarios` — checks every `*.json` in `scenarios/` (the generated
 * `*.schema.json` files are skipped; `tracks.json` is checked as the tracks file).
 * `npm run check:scenarios -- a.json some/dir` checks the named files and folders instead.
 *
 * Prints each problem as `file: json.path: sentence` and, for each valid scenario, a one-line
 * summary from the analyser. Exit code 0 when everything is valid, 1 otherwise. Never prints a
 * stack trace: authors see sentences, whatever the input.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseScenario } from '../src/authoring/analyse';
import {
  checkLibrary,
  fileTooLargeMessage,
  formatProblem,
  type LibraryFile,
  type Problem,
} from '../src/authoring/check/index';
import { DIMENSIONS, MAX_FILE_BYTES, type Scenario } from '../src/engine/scenario/schema';

const DEFAULT_DIR = fileURLToPath(new URL('../scenarios/', import.meta.url));
const GENERATED_SCHEMA = /\.schema\.json$/;

interface Gathered {
  files: LibraryFile[];
  /** Problems found before any checking: unreadable paths, files over the size limit. */
  problems: Problem[];
}

const displayName = (absolute: string): string =>
  path.relative(process.cwd(), absolute) || absolute;

async function jsonFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter(
      (entry) =>
        entry.isFile() && entry.name.endsWith('.json') && !GENERATED_SCHEMA.test(entry.name),
    )
    .map((entry) => path.join(dir, entry.name))
    .sort();
}

/** One named path → the files to check (a folder gives its JSON files). */
async function expand(target: string, gathered: Gathered): Promise<string[]> {
  try {
    const info = await stat(target);
    return info.isDirectory() ? await jsonFilesIn(target) : [target];
  } catch {
    gathered.problems.push({
      file: displayName(target),
      path: '',
      message: 'no such file or folder',
    });
    return [];
  }
}

/** Reads a file unless it is over the size limit (checked before reading, so a huge file costs nothing). */
async function gather(targets: string[]): Promise<Gathered> {
  const gathered: Gathered = { files: [], problems: [] };
  for (const target of targets) {
    for (const file of await expand(path.resolve(target), gathered)) {
      const name = displayName(file);
      const { size } = await stat(file);
      if (size > MAX_FILE_BYTES) {
        gathered.problems.push({ file: name, path: '', message: fileTooLargeMessage(size) });
        continue;
      }
      gathered.files.push({ name, text: new Uint8Array(await readFile(file)) });
    }
  }
  return gathered;
}

function scoreRanges(bounds: ReturnType<typeof analyseScenario>['bounds']): string {
  return DIMENSIONS.map((dimension) => {
    const { min, max } = bounds[dimension];
    return min === max ? `${dimension} not measured` : `${dimension} ${min}..${max}`;
  }).join(', ');
}

const count = (n: number | bigint, word: string): string =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 || n === 1n ? '' : 's'}`;

/** `12 nodes, 4 decisions, 3 endings, 1,234 complete paths; scores: …` */
function summarise(file: string, scenario: Scenario): string {
  try {
    const analysis = analyseScenario(scenario);
    const nodes = Object.keys(scenario.nodes).length;
    const reachableEndings = analysis.endings.filter((ending) => ending.reachable).length;
    const endings = count(analysis.endings.length, 'ending');
    const unreached =
      reachableEndings === analysis.endings.length ? '' : ` (${reachableEndings} reachable)`;
    const parts = [
      count(nodes, 'node'),
      count(analysis.decisions, 'decision'),
      `${endings}${unreached}`,
      count(analysis.completePaths, 'complete path'),
    ];
    return `ok  ${file}: ${parts.join(', ')}; scores: ${scoreRanges(analysis.bounds)}`;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return `ok  ${file}: valid, but it could not be analysed (${detail})`;
  }
}

async function main(): Promise<number> {
  const targets = process.argv.slice(2);
  const gathered = await gather(targets.length > 0 ? targets : [DEFAULT_DIR]);
  if (gathered.files.length === 0 && gathered.problems.length === 0) {
    console.log(
      `No scenario files to check in ${targets.length > 0 ? targets.join(', ') : displayName(DEFAULT_DIR)}.`,
    );
    return 0;
  }
  const library = checkLibrary(gathered.files);
  const problems = [...gathered.problems, ...library.problems];
  for (const problem of problems) console.log(formatProblem(problem));
  for (const { file, scenario } of library.scenarios) console.log(summarise(file, scenario));
  const checked = gathered.files.length + gathered.problems.length;
  const failing = new Set(problems.map((problem) => problem.file)).size;
  console.log(
    problems.length === 0
      ? `${checked} file(s) checked: all valid.`
      : `${problems.length} problem(s) in ${failing} of ${checked} file(s).`,
  );
  return problems.length === 0 ? 0 : 1;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(
      `check-scenarios: could not finish (${error instanceof Error ? error.message : String(error)})`,
    );
    process.exitCode = 1;
  });
