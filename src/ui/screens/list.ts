import type { CatalogueEntry, CatalogueNote } from '../../services/library-types';
import type { Track } from '../../engine/scenario/schema';
import { button, el, focusHeading } from '../kit';

/** What this device has of a scenario or track: nothing yet, a run to resume, or a finished one. */
export type RunMark = 'new' | 'unfinished' | 'finished';

export interface ListOptions {
  entries: CatalogueEntry[];
  tracks: Track[];
  /** Files left out of the list; shown only in development builds. */
  notes: CatalogueNote[];
  showNotes: boolean;
  titleOf(scenarioId: string): string;
  /** Marks for scenarios and tracks (by id); all "new" when absent. */
  markOf?(kind: 'scenario' | 'track', id: string): RunMark;
  onPick(entry: CatalogueEntry): void;
  onPickTrack(track: Track): void;
  onFile(file: File): void;
  onBack(): void;
}

const MARK_TEXT: Record<RunMark, string | null> = {
  new: null,
  unfinished: 'Unfinished: resume where you left off',
  finished: 'Finished before',
};

function markLine(mark: RunMark): HTMLElement | null {
  const text = MARK_TEXT[mark];
  return text ? el('p', { className: 'card-status', text, attrs: { 'data-mark': mark } }) : null;
}

function scenarioCard(entry: CatalogueEntry, mark: RunMark, onPick: () => void): HTMLElement {
  const meta = [entry.role, entry.estimatedMinutes ? `about ${entry.estimatedMinutes} min` : null]
    .filter((part): part is string => part !== null)
    .join(' · ');
  const tags = el(
    'ul',
    { className: 'tags', attrs: { 'aria-label': 'Tags' } },
    entry.tags.map((tag) => el('li', { text: tag })),
  );
  return el('li', { className: 'card' }, [
    el('h3', { text: entry.title }),
    el('p', { className: 'card-meta', text: `Your role: ${meta}` }),
    el('p', { text: entry.summary }),
    entry.tags.length > 0 ? tags : null,
    markLine(mark),
    el('button', {
      className: 'button button-primary',
      text: mark === 'unfinished' ? 'Resume' : 'Play',
      attrs: {
        type: 'button',
        'aria-label': `${mark === 'unfinished' ? 'Resume' : 'Play'} ${entry.title}`,
      },
      on: { click: onPick },
    }),
  ]);
}

function trackCard(
  track: Track,
  mark: RunMark,
  titleOf: (id: string) => string,
  onPick: () => void,
): HTMLElement {
  const verb = mark === 'unfinished' ? 'Resume track' : 'Start track';
  return el('li', { className: 'card card-track' }, [
    el('h3', { text: track.title }),
    el('p', {
      className: 'card-meta',
      text: `Track of ${track.scenarios.length} scenarios${track.estimatedMinutes ? ` · about ${track.estimatedMinutes} min` : ''}`,
    }),
    el('p', { text: track.summary }),
    el(
      'ol',
      { className: 'track-steps' },
      track.scenarios.map((id) => el('li', { text: titleOf(id) })),
    ),
    markLine(mark),
    el('button', {
      className: 'button button-primary',
      text: verb,
      attrs: { type: 'button', 'aria-label': `${verb} ${track.title}` },
      on: { click: onPick },
    }),
  ]);
}

function fileSection(onFile: (file: File) => void): HTMLElement {
  const input = el('input', {
    attrs: { type: 'file', id: 'own-scenario-file', accept: '.json,application/json' },
    on: {
      change: () => {
        const file = input.files?.[0];
        if (file) onFile(file);
      },
    },
  });
  return el(
    'section',
    { className: 'own-file', attrs: { 'aria-labelledby': 'own-file-heading' } },
    [
      el('h2', { text: 'Try your own scenario file', attrs: { id: 'own-file-heading' } }),
      el('p', {
        text: 'Pick a scenario JSON file to check it and play it here. Nothing is uploaded.',
      }),
      el('label', { text: 'Scenario file', attrs: { for: 'own-scenario-file' } }),
      input,
    ],
  );
}

export function renderList(root: HTMLElement, options: ListOptions): void {
  const heading = el('h1', { text: 'Choose a scenario' });
  const markOf = options.markOf ?? (() => 'new' as const);
  const sections: HTMLElement[] = [];
  if (options.tracks.length > 0) {
    sections.push(
      el('section', { attrs: { 'aria-labelledby': 'tracks-heading' } }, [
        el('h2', { text: 'Tracks', attrs: { id: 'tracks-heading' } }),
        el(
          'ul',
          { className: 'cards' },
          options.tracks.map((track) =>
            trackCard(track, markOf('track', track.id), options.titleOf, () =>
              options.onPickTrack(track),
            ),
          ),
        ),
      ]),
    );
  }
  sections.push(
    el('section', { attrs: { 'aria-labelledby': 'scenarios-heading' } }, [
      el('h2', { text: 'Scenarios', attrs: { id: 'scenarios-heading' } }),
      options.entries.length > 0
        ? el(
            'ul',
            { className: 'cards' },
            options.entries.map((entry) =>
              scenarioCard(entry, markOf('scenario', entry.id), () => options.onPick(entry)),
            ),
          )
        : el('p', { text: 'No scenarios are bundled in this build.' }),
    ]),
  );
  if (options.showNotes && options.notes.length > 0) {
    sections.push(
      el('section', { className: 'notes', attrs: { 'aria-labelledby': 'notes-heading' } }, [
        el('h2', {
          text: 'Files left out (shown in development only)',
          attrs: { id: 'notes-heading' },
        }),
        el(
          'ul',
          {},
          options.notes.map((note) => el('li', { text: `${note.file}: ${note.message}` })),
        ),
      ]),
    );
  }
  sections.push(fileSection(options.onFile));
  root.append(
    el('section', { className: 'screen list-screen' }, [
      el('div', { className: 'screen-top' }, [
        heading,
        button('Back to the title', options.onBack, 'button button-quiet'),
      ]),
      ...sections,
    ]),
  );
  focusHeading(heading);
}

/** Problems found in a file the player picked: `file: path: sentence`, one per line. */
export function renderFileProblems(root: HTMLElement, lines: string[], onBack: () => void): void {
  const heading = el('h1', { text: 'This file cannot be played yet' });
  root.append(
    el('section', { className: 'screen problems-screen' }, [
      heading,
      el('p', {
        text: `The checker found ${lines.length} problem${lines.length === 1 ? '' : 's'}:`,
      }),
      el(
        'ul',
        { className: 'problems' },
        lines.map((line) => el('li', { text: line })),
      ),
      button('Back to the list', onBack, 'button button-primary'),
    ]),
  );
  focusHeading(heading);
}
