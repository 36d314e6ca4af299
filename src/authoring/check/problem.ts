/**
 * What the checker reports: one problem per broken rule, addressed by file and JSON path,
 * worded for the facilitators and learning designers who write scenario files by hand.
 */
import type { Scenario, TracksFile } from '../../engine/scenario/schema';

export interface Problem {
  file: string;
  /** Where in the file, e.g. `nodes.complaint.choices[1].next`; empty for the file as a whole. */
  path: string;
  message: string;
}

export interface CheckResult {
  file: string;
  ok: boolean;
  problems: Problem[];
  /** The scenario, present exactly when `ok` is true. */
  scenario?: Scenario;
  /** The `id` the file declares, when it has a readable one, even if the file is invalid. */
  declaredId?: string;
}

export interface LibraryCheckResult {
  ok: boolean;
  /** Every problem of every file, cross-file problems included, in file order. */
  problems: Problem[];
  /** One result per input file, in input order (cross-file problems included). */
  files: CheckResult[];
  /** The valid scenarios, in input order. */
  scenarios: Array<{ file: string; scenario: Scenario }>;
  /** The tracks file's content when one was given and is valid. */
  tracks?: TracksFile;
}

/** A path while it is being built: keys and list positions. */
export type PathSegments = ReadonlyArray<string | number>;

/** A key that reads well after a dot; anything else is quoted in brackets. */
const PLAIN_KEY = /^[A-Za-z0-9_$-]+$/;

/** `["nodes", "complaint", "choices", 1, "next"]` → `nodes.complaint.choices[1].next`. */
export function formatPath(segments: PathSegments): string {
  let text = '';
  for (const segment of segments) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (PLAIN_KEY.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}

/** The one line authors see: `file: json.path: sentence` (no path for whole-file problems). */
export function formatProblem(problem: Problem): string {
  return problem.path
    ? `${problem.file}: ${problem.path}: ${problem.message}`
    : `${problem.file}: ${problem.message}`;
}

/** A located sentence before the file name is attached. */
export interface Finding {
  path: PathSegments;
  message: string;
}

export function toProblems(file: string, findings: readonly Finding[]): Problem[] {
  return findings.map((finding) => ({
    file,
    path: formatPath(finding.path),
    message: finding.message,
  }));
}
