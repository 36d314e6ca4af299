/**
 * Problems with the LMS are shown to the learner once each, in plain words, and never stop play.
 * A problem found before the shell has subscribed (while starting) waits for the first listener.
 */
export interface ProblemReporter {
  /** Reports `message` unless a problem of this `kind` was already reported. */
  report(kind: string, message: string): void;
  onProblem(listener: (message: string) => void): void;
}

export function createProblemReporter(): ProblemReporter {
  const reported = new Set<string>();
  const waiting: string[] = [];
  const listeners: Array<(message: string) => void> = [];
  const deliver = (message: string) => {
    for (const listener of listeners) {
      try {
        listener(message);
      } catch {
        // A failing banner must not take the adapter down with it.
      }
    }
  };
  return {
    report(kind, message) {
      if (reported.has(kind)) return;
      reported.add(kind);
      if (listeners.length === 0) waiting.push(message);
      else deliver(message);
    },
    onProblem(listener) {
      listeners.push(listener);
      for (const message of waiting.splice(0)) deliver(message);
    },
  };
}

/** The sentences the learner may see; docs/lms.md quotes them. */
export const PROBLEM = {
  noLms:
    'This course could not find the learning system (LMS) that should record it, so your progress and results are not being saved there. You can still play, and download your session file at the end.',
  notStarted:
    'The learning system (LMS) did not let this course start recording, so your progress and results are not being saved there. You can still play, and download your session file at the end.',
  notSaved:
    'The learning system (LMS) did not accept part of your progress or results. You can play on; whatever it did accept is kept, and your session file is available at the end.',
  tooLong:
    'Your progress has grown too long for the learning system (LMS) to keep, so continuing on another computer may not be possible. Your results are still recorded.',
  notResumed:
    'The progress your learning system (LMS) kept for this course cannot be restored, because the course has changed since, so you start again from the beginning.',
  lrsUnreachable:
    'The learning record store cannot be reached right now. Play on: your results are kept and sent again until it accepts them.',
  lrsRefused:
    'The learning record store refused one of your results, so it will not show there. You can play on, and download your session file at the end.',
} as const;
