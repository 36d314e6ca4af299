/**
 * Checks a scenario file's text before it is played (library files and "Try your own file").
 * The full checker (cross references, reachability, cycles) lives in the engine and is loaded
 * lazily; the structural schema check always runs, so a file is never played unchecked.
 */
import { scenarioSchema, MAX_FILE_BYTES, type Scenario } from '../engine/scenario/schema';

export interface FileProblem {
  file: string;
  path: string;
  message: string;
}

export type CheckedScenario = { scenario: Scenario; text: string } | { problems: FileProblem[] };

type CheckText = (fileName: string, text: string) => FileProblem[] | Promise<FileProblem[]>;

// The engine module that exports `checkScenarioText` (check.ts or check/index.ts) is the full checker.
const checkerModules = import.meta.glob<Record<string, unknown>>([
  '../engine/scenario/check*.ts',
  '../engine/scenario/check/index.ts',
]);

async function loadFullChecker(): Promise<CheckText | null> {
  for (const load of Object.values(checkerModules)) {
    const mod = await load();
    if (typeof mod.checkScenarioText === 'function') return mod.checkScenarioText as CheckText;
  }
  return null;
}

function schemaProblems(
  fileName: string,
  text: string,
): { scenario?: Scenario; problems: FileProblem[] } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : 'unreadable';
    return {
      problems: [{ file: fileName, path: '', message: `The file is not valid JSON (${detail}).` }],
    };
  }
  const parsed = scenarioSchema.safeParse(data);
  if (parsed.success) return { scenario: parsed.data, problems: [] };
  const problems = parsed.error.issues.map((issue) => ({
    file: fileName,
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { problems };
}

export async function checkScenarioFile(fileName: string, text: string): Promise<CheckedScenario> {
  if (text.length > MAX_FILE_BYTES) {
    return { problems: [{ file: fileName, path: '', message: 'The file is over 1 MB.' }] };
  }
  const fullChecker = await loadFullChecker();
  const fullProblems = fullChecker ? await fullChecker(fileName, text) : [];
  if (fullProblems.length > 0) return { problems: fullProblems };
  const structural = schemaProblems(fileName, text);
  if (!structural.scenario) return { problems: structural.problems };
  return { scenario: structural.scenario, text };
}

/** `file: path: sentence`, the form authors see everywhere. */
export function formatProblem(problem: FileProblem): string {
  return problem.path
    ? `${problem.file}: ${problem.path}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}
