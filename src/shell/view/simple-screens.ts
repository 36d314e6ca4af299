/** The screens that draw once from the snapshot: title, list, problems, briefing, settings, history, error. */
import { catalogue, findEntry } from '../../services/library';
import { renderTitle } from '../../ui/screens/title';
import { renderFileProblems, renderList } from '../../ui/screens/list';
import { renderBriefing } from '../../ui/screens/briefing';
import { renderSettings } from '../../ui/screens/settings';
import { renderHistory } from '../../ui/screens/history';
import { renderError } from '../../ui/screens/error';
import { historyRows } from '../past-runs';
import { savedRunLabel } from '../saved-run';
import { slotKey } from '../../services/run-store';
import type { RunMark } from '../../ui/screens/list';
import { trackBriefingNote } from '../track';
import type { ScreenRenderer } from './types';
import type { PlayMode } from '../../engine/session/types';
import { aliasField } from '../../ui/alias-field';

export const titleScreen: ScreenRenderer = (root, snapshot, send) => {
  const [newest, ...others] = snapshot.context.kept.unfinished;
  renderTitle(root, {
    continueLabel: newest ? savedRunLabel(newest) : null,
    moreUnfinished: others.length,
    onPlay: () => send({ type: 'ui.play' }),
    onContinue: () => newest && send({ type: 'ui.continueRun', key: slotKey(newest) }),
    onSettings: () => send({ type: 'ui.openSettings' }),
    onHistory: () => send({ type: 'ui.openHistory' }),
    onFacilitator: () => send({ type: 'ui.openFacilitator' }),
  });
};

export const listScreen: ScreenRenderer = (root, snapshot, send, page) => {
  const { kept } = snapshot.context;
  const unfinished = new Set(kept.unfinished.map(slotKey));
  const finished = {
    scenario: new Set(kept.finishedScenarioIds),
    track: new Set(kept.finishedTrackIds),
  };
  const markOf = (kind: 'scenario' | 'track', id: string): RunMark => {
    if (unfinished.has(`${kind}:${id}`)) return 'unfinished';
    return finished[kind].has(id) ? 'finished' : 'new';
  };
  renderList(root, {
    markOf,
    entries: catalogue.entries,
    tracks: catalogue.tracks,
    notes: catalogue.notes,
    showNotes: page.isDev,
    titleOf: (id) => findEntry(id)?.title ?? id,
    onPick: (entry) => send({ type: 'ui.pickScenario', scenarioId: entry.id }),
    onPickTrack: (track) => send({ type: 'ui.pickTrack', trackId: track.id }),
    onFile: (file) => send({ type: 'ui.pickFile', file }),
    onBack: () => send({ type: 'ui.back' }),
  });
};

export const problemsScreen: ScreenRenderer = (root, snapshot, send) => {
  renderFileProblems(root, snapshot.context.problems, () => send({ type: 'ui.back' }));
};

export const briefingScreen: ScreenRenderer = (root, snapshot, send, page) => {
  const { playable, track, settings } = snapshot.context;
  if (!playable) return;
  const alias = aliasField({ idPrefix: 'briefing-alias' });
  renderBriefing(root, {
    aliasField: alias.element,
    scenario: playable.scenario,
    timePressure: settings.timePressure,
    ...(track ? { trackNote: trackBriefingNote(track) } : {}),
    onTimePressure: (timePressure) =>
      send({ type: 'ui.changeSettings', settings: { timePressure } }),
    mode: snapshot.context.runMode,
    ...(page.inPackage
      ? {}
      : { onMode: (mode: PlayMode) => send({ type: 'ui.chooseMode', mode }) }),
    onStart: () => send({ type: 'ui.start', alias: alias.value() }),
    ...(page.inPackage ? {} : { onBack: () => send({ type: 'ui.back' }) }),
  });
};

export const settingsScreen: ScreenRenderer = (root, snapshot, send) => {
  renderSettings(root, {
    settings: snapshot.context.settings,
    onChange: (settings) => send({ type: 'ui.changeSettings', settings }),
    onBack: () => send({ type: 'ui.back' }),
  });
};

export const historyScreen: ScreenRenderer = (root, snapshot, send) => {
  renderHistory(root, {
    rows: historyRows(snapshot.context.history, snapshot.context.historyTracks),
    onOpen: (key) => {
      const [kind, index] = key.split(':');
      if (kind === 'track') send({ type: 'ui.openPastTrack', index: Number(index) });
      else send({ type: 'ui.openPastRun', index: Number(index) });
    },
    onBack: () => send({ type: 'ui.back' }),
  });
};

export const errorScreen: ScreenRenderer = (root, snapshot, send) => {
  renderError(root, () => send({ type: 'ui.back' }), snapshot.context.errorMessage ?? undefined);
};
