/** The polite banner at the top of the page, used once when progress cannot be stored. */
import type { StorageProblem } from '../services/run-store';
import { button, el } from '../ui/kit';

const CANNOT_SAVE =
  'so it will be lost if you close the page. You can download a session file at any time.';

/** Why nothing is saved, in the player's words, and what it means for them. */
const STORAGE_NOTES: Record<StorageProblem, string> = {
  unavailable: `Your progress cannot be saved on this device, ${CANNOT_SAVE}`,
  full: `This device's storage is full: your progress is no longer being saved, ${CANNOT_SAVE}`,
  blockedByOldTab: `Another tab still runs an older version of this game, so this tab cannot reach your saved runs. Close that tab and reload this page to see them. Until then your progress here is not saved, ${CANNOT_SAVE}`,
};

export function showStorageBanner(
  banner: HTMLElement,
  problem: StorageProblem,
  download: () => boolean,
): void {
  const note = el('span', { text: STORAGE_NOTES[problem] });
  const feedback = el('span', { className: 'banner-feedback' });
  const downloadButton = button('Download session file', () => {
    feedback.textContent = download()
      ? ''
      : 'Start a scenario first: there is nothing to download yet.';
  });
  banner.replaceChildren(note, downloadButton, feedback);
  banner.classList.add('banner-visible');
}

/** A problem with the LMS (inside a package), in the learner's words; each message once. */
export function showLmsProblem(banner: HTMLElement, message: string): void {
  const shown = [...banner.querySelectorAll('.banner-lms')].some((p) => p.textContent === message);
  if (shown) return;
  banner.append(el('p', { className: 'banner-lms', text: message }));
  banner.classList.add('banner-visible');
}
