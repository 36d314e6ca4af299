/** The screens that draw once from the snapshot: title, list, problems, briefing, settings, history, error. */
import { catalogue, findEntry } from '../../services/library';
import { renderTitle } from '../../ui/screens/title';
import { renderFileProblems, renderList } from '../../ui/screens/list';
import { renderBriefing } from '../../ui/screens/briefing';
import { renderSettings } from '../../ui/screens/settings';
import { renderHistory } from '../../ui/screens/history';
import { renderError } from '../../ui/screens/error';
import { historyRows } from '../past-runs';
import { savedRunTitle } from '../saved-run';
import { trackBriefingNote } from '../track';
import type { ScreenRenderer } from './types';

export const titleScreen: ScreenRenderer = (root, snapshot, send) => {
  const { savedRun } = snapshot.context;
  renderTitle(root, {
    savedRunTitle: savedRun ? savedRunTitle(savedRun) : null,
    onPlay: () => send({ type: 'ui.play' }),
    onResume: () => send({ type: 'ui.resume' }),
    onStartOver: () => send({ type: 'ui.startOver' }),
    onSettings: () => send({ type: 'ui.openSettings' }),
    onHistory: () => send({ type: 'ui.openHistory' }),
    onFacilitator: () => send({ type: 'ui.openFacilitator' }),
  });
};

export const listScreen: ScreenRenderer = (root, _snapshot, send, page) => {
  renderList(root, {
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

export const briefingScreen: ScreenRenderer = (root, snapshot, send) => {
  const { playable, track, settings } = snapshot.context;
  if (!playable) return;
  renderBriefing(root, {
    scenario: playable.scenario,
    timePressure: settings.timePressure,
    ...(track ? { trackNote: trackBriefingNote(track) } : {}),
    onTimePressure: (timePressure) =>
      send({ type: 'ui.changeSettings', settings: { timePressure } }),
    mode: snapshot.context.runMode,
    onMode: (mode) => send({ type: 'ui.chooseMode', mode }),
    onStart: () => send({ type: 'ui.start' }),
    onBack: () => send({ type: 'ui.back' }),
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
    rows: historyRows(snapshot.context.history),
    onOpen: (key) => send({ type: 'ui.openPastRun', index: Number(key) }),
    onBack: () => send({ type: 'ui.back' }),
  });
};

export const errorScreen: ScreenRenderer = (root, snapshot, send) => {
  renderError(root, () => send({ type: 'ui.back' }), snapshot.context.errorMessage ?? undefined);
};
