/** When two session logs are one run. */
import type { SessionLog } from '../engine/session/types';

/** Same scenario, seed and inputs: the same run, whatever the file is called or who sent it. */
export function sessionKey(log: SessionLog): string {
  return `${log.scenarioId}|${log.seed}|${log.timePressure}|${JSON.stringify(log.inputs)}`;
}
