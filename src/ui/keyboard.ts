/** What a key press means during play; kept pure so it is tested without a browser. */
export type PlayKeyAction = { type: 'choose'; number: number } | { type: 'continue' } | null;

export interface KeyInfo {
  key: string;
  repeat: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element's tag name (upper case), if any. */
  targetTag?: string;
}

/** Controls that handle Enter/Space or digits themselves: let the browser do its native thing. */
const SELF_HANDLING_TAGS = new Set(['BUTTON', 'A', 'INPUT', 'SELECT', 'TEXTAREA', 'SUMMARY']);

export function playKeyAction(
  info: KeyInfo,
  choiceCount: number,
  canContinue: boolean,
): PlayKeyAction {
  if (info.repeat || info.altKey || info.ctrlKey || info.metaKey) return null;
  const target = info.targetTag ?? '';
  if (/^[1-6]$/.test(info.key)) {
    if (target === 'INPUT' || target === 'TEXTAREA' || target === 'SELECT') return null;
    const number = Number(info.key);
    return number <= choiceCount ? { type: 'choose', number } : null;
  }
  if (
    (info.key === 'Enter' || info.key === ' ') &&
    canContinue &&
    !SELF_HANDLING_TAGS.has(target)
  ) {
    return { type: 'continue' };
  }
  return null;
}
