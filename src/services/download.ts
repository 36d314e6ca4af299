/**
 * Saving a file on the player's or facilitator's machine: made in the page, nothing leaves the
 * device. Session logs always get the engine's one file name.
 */
import { sessionFileName } from '../engine/session/file-name';
import type { SessionLog } from '../engine/session/types';

export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSessionLog(log: SessionLog): void {
  downloadText(sessionFileName(log), `${JSON.stringify(log, null, 2)}\n`, 'application/json');
}
