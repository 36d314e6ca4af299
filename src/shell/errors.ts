/**
 * Anything unexpected lands on a friendly screen with "Back to the list": never a blank page or
 * a stack trace. The default console report is suppressed because the player has been told.
 */
export function installErrorHandlers(onError: (error: unknown) => void): void {
  window.addEventListener('error', (event) => {
    // Resource load failures (an image, a font) are not fatal: the page still works.
    if (!(event instanceof ErrorEvent)) return;
    // The browser's note that a resize observer's callback changed layout again in the same
    // frame (seen on phones as the picture fits itself): benign by the spec, nothing failed.
    if (event.error === null && event.message.startsWith('ResizeObserver loop')) return;
    event.preventDefault();
    onError(event.error);
  });
  window.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    onError(event.reason);
  });
}
