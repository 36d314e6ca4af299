/** The polite banner at the top of the page, used once when progress cannot be stored. */
import { button, el } from '../ui/kit';

export function showStorageBanner(banner: HTMLElement, download: () => boolean): void {
  const note = el('span', {
    text: 'Your progress cannot be saved on this device, so it will be lost if you close the page. You can download a session file at any time.',
  });
  const feedback = el('span', { className: 'banner-feedback' });
  const downloadButton = button('Download session file', () => {
    feedback.textContent = download()
      ? ''
      : 'Start a scenario first: there is nothing to download yet.';
  });
  banner.replaceChildren(note, downloadButton, feedback);
  banner.classList.add('banner-visible');
}
