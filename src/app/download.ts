/** "Download session file": the run's log as JSON, made in the page (nothing leaves the device). */
import type { SessionLog } from '../engine/session/types';

export function sessionFileName(log: SessionLog): string {
  const stamp = log.startedAt.replace(/[:.]/g, '-');
  return `${log.scenarioId}-${stamp}.session.json`;
}

export function downloadSessionLog(log: SessionLog): void {
  const blob = new Blob([JSON.stringify(log, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = sessionFileName(log);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
