/** What every screen renderer of the shell gets, and what it hands back. */
import type { SnapshotFrom } from 'xstate';
import type { ShellEvent, ShellMachine } from '../machine';
import type { SoundPlayer } from '../../services/sound';
import type { SessionLog } from '../../engine/session/types';

export type ShellSnapshot = SnapshotFrom<ShellMachine>;
export type Send = (event: ShellEvent) => void;

/** Page-level services a screen may use (never flow: flow is the machine's). */
export interface PageServices {
  sound: SoundPlayer;
  download(log: SessionLog): void;
  /** Development build: show files left out of the list. */
  isDev: boolean;
}

export interface ScreenHandle {
  /** The shell's snapshot changed while this screen is up (a tick, a load finished). */
  update?(snapshot: ShellSnapshot): void;
  /** The screen is leaving: release listeners, the picture, timers. */
  destroy?(): void;
}

export type ScreenRenderer = (
  root: HTMLElement,
  snapshot: ShellSnapshot,
  send: Send,
  page: PageServices,
) => ScreenHandle | void;
