/** The scenario checker's public face: one file, the whole library, and how problems read. */
export { checkScenarioText } from './check-scenario';
export { checkLibrary, isTracksFile, TRACKS_FILE_NAME, type LibraryFile } from './check-library';
export { fileTooLargeMessage, MAX_NESTING } from './json-text';
export {
  formatPath,
  formatProblem,
  type CheckResult,
  type LibraryCheckResult,
  type Problem,
} from './problem';
