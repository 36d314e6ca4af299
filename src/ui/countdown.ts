/** Countdown wording and when to announce it (at the start and at 10 seconds left). */
export const FINAL_WARNING_SECONDS = 10;

export function secondsLeft(remainingMs: number): number {
  return Math.max(0, Math.ceil(remainingMs / 1000));
}

export function countdownText(remainingMs: number): string {
  const seconds = secondsLeft(remainingMs);
  return seconds === 1 ? '1 second left' : `${seconds} seconds left`;
}

export interface AnnouncementState {
  startAnnounced: boolean;
  warningAnnounced: boolean;
}

/** The sentence to announce now, if any, and the state after announcing it. */
export function nextAnnouncement(
  state: AnnouncementState,
  remainingMs: number,
  totalMs: number,
): { text: string | null; state: AnnouncementState } {
  const seconds = secondsLeft(remainingMs);
  if (!state.startAnnounced) {
    const text = `Timed decision: ${countdownText(remainingMs)} of ${secondsLeft(totalMs)}. If time runs out, a choice is made for you.`;
    return {
      text,
      state: { startAnnounced: true, warningAnnounced: seconds <= FINAL_WARNING_SECONDS },
    };
  }
  if (!state.warningAnnounced && seconds <= FINAL_WARNING_SECONDS) {
    return {
      text: `${FINAL_WARNING_SECONDS} seconds left.`,
      state: { ...state, warningAnnounced: true },
    };
  }
  return { text: null, state };
}
