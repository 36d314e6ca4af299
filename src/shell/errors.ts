/**
 * Anything unexpected lands on a friendly screen with "Back to the list": never a blank page or
 * a stack trace. The default console report is suppressed because the player has been told.
 */
export function installErrorHandlers(onError: (error: unknown) => void): void {
  window.addEventListener('error', (event) => {
    // Resource load failures (an image, a font) are not fatal: the page still works.
    if (!(event instanceof ErrorEvent)) return;
    event.preventDefault();
    onError(event.error);
  });
  window.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    onError(event.reason);
  });
}
