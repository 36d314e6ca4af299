import type { CatalogueEntry, CatalogueNote } from '../../services/library-types';
import type { Track } from '../../engine/scenario/schema';
import { button, el, focusHeading, labelled, selectOf } from '../kit';
import { paintPictures, settingPicture } from '../components';

/** What this device has of a scenario or track: nothing yet, a run to resume, or a finished one. */
export type RunMark = 'new' | 'unfinished' | 'finished';

const MARK_WORDS: Record<RunMark, string> = {
  new: 'New',
  unfinished: 'Unfinished',
  finished: 'Done',
};

const MARK_TEXT: Record<RunMark, string | null> = {
  new: null,
  unfinished: 'Unfinished: resume where you left off',
  finished: 'Finished before',
};

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

type MarkOf = NonNullable<ListOptions['markOf']>;

function minutes(value: number | null | undefined): string | null {
  return value ? `about ${value} min` : null;
}

function markBadge(mark: RunMark): HTMLElement {
  return el('span', {
    className: `badge badge-${mark}`,
    text: MARK_WORDS[mark],
    attrs: { 'data-status': mark },
  });
}

function markLine(mark: RunMark): HTMLElement | null {
  const text = MARK_TEXT[mark];
  return text ? el('p', { className: 'card-status', text, attrs: { 'data-mark': mark } }) : null;
}

/** A card's one action, named with its title for screen readers ("Play The Callback Promise"). */
function pickButton(verb: string, title: string, onPick: () => void): HTMLButtonElement {
  return el('button', {
    className: 'button button-primary',
    text: verb,
    attrs: { type: 'button', 'aria-label': `${verb} ${title}` },
    on: { click: onPick },
  });
}

function scenarioCard(entry: CatalogueEntry, mark: RunMark, onPick: () => void): HTMLElement {
  const verb = mark === 'unfinished' ? 'Resume' : 'Play';
  const meta = [entry.role, minutes(entry.estimatedMinutes)]
    .filter((part): part is string => part !== null)
    .join(' · ');
  return el(
    'li',
    {
      className: 'card scenario-card',
      attrs: { 'data-tags': JSON.stringify(entry.tags), 'data-scenario-id': entry.id },
    },
    [
      el('div', { className: 'card-picture' }, [settingPicture(entry.setting), markBadge(mark)]),
      el('h3', { text: entry.title }),
      el('p', { className: 'card-meta', text: `Your role: ${meta}` }),
      el('p', { className: 'card-summary', text: entry.summary }),
      entry.tags.length > 0
        ? el(
            'ul',
            { className: 'tags', attrs: { 'aria-label': 'Themes' } },
            entry.tags.map((tag) => el('li', { text: tag })),
          )
        : null,
      markLine(mark),
      pickButton(verb, entry.title, onPick),
    ],
  );
}

function trackCard(
  track: Track,
  mark: RunMark,
  titleOf: (id: string) => string,
  onPick: () => void,
): HTMLElement {
  const verb = mark === 'unfinished' ? 'Resume track' : 'Start track';
  const meta = [`${track.scenarios.length} scenarios in a row`, minutes(track.estimatedMinutes)]
    .filter(Boolean)
    .join(' · ');
  return el('li', { className: 'card card-track' }, [
    el('div', { className: 'track-head' }, [
      el('span', { className: 'badge badge-track', text: 'Track' }),
      el('h3', { text: track.title }),
    ]),
    el('p', { className: 'card-meta', text: meta }),
    el('p', { className: 'card-summary', text: track.summary }),
    el(
      'ol',
      { className: 'track-steps' },
      track.scenarios.map((id) => el('li', { text: titleOf(id) })),
    ),
    markLine(mark),
    pickButton(verb, track.title, onPick),
  ]);
}

/** Every theme (tag) in the list, most used first, then by name. */
export function themesOf(entries: readonly CatalogueEntry[]): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries)
    for (const tag of entry.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([tag]) => tag);
}

/** A theme chooser that hides the cards without that theme, and says how many remain. */
function themeFilter(entries: readonly CatalogueEntry[], cards: HTMLElement): HTMLElement | null {
  const themes = themesOf(entries);
  if (themes.length === 0) return null;
  const select = selectOf([
    { value: '', text: 'All themes' },
    ...themes.map((theme) => ({ value: theme, text: theme })),
  ]);
  const count = el('p', { className: 'card-meta filter-count', attrs: { role: 'status' } });
  const apply = () => {
    let shown = 0;
    for (const card of cards.querySelectorAll<HTMLElement>('.scenario-card')) {
      const tags = JSON.parse(card.dataset.tags ?? '[]') as string[];
      card.hidden = select.value !== '' && !tags.includes(select.value);
      if (!card.hidden) shown += 1;
    }
    count.textContent = select.value ? `${shown} of ${entries.length} scenarios` : '';
  };
  select.addEventListener('change', apply);
  return el('div', { className: 'list-filter' }, [labelled('Filter by theme', select), count]);
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

function trackSection(options: ListOptions, markOf: MarkOf): HTMLElement {
  return el('section', { attrs: { 'aria-labelledby': 'tracks-heading' } }, [
    el('h2', { text: 'Tracks', attrs: { id: 'tracks-heading' } }),
    el(
      'ul',
      { className: 'cards track-cards' },
      options.tracks.map((track) =>
        trackCard(track, markOf('track', track.id), options.titleOf, () =>
          options.onPickTrack(track),
        ),
      ),
    ),
  ]);
}

function scenarioSection(options: ListOptions, markOf: MarkOf): HTMLElement {
  const cards = el(
    'ul',
    { className: 'cards scenario-cards' },
    options.entries.map((entry) =>
      scenarioCard(entry, markOf('scenario', entry.id), () => options.onPick(entry)),
    ),
  );
  return el('section', { attrs: { 'aria-labelledby': 'scenarios-heading' } }, [
    el('div', { className: 'screen-top' }, [
      el('h2', { text: 'Scenarios', attrs: { id: 'scenarios-heading' } }),
      themeFilter(options.entries, cards),
    ]),
    options.entries.length > 0
      ? cards
      : el('p', { text: 'No scenarios are bundled in this build.' }),
  ]);
}

function notesSection(notes: readonly CatalogueNote[]): HTMLElement {
  return el('section', { className: 'notes', attrs: { 'aria-labelledby': 'notes-heading' } }, [
    el('h2', {
      text: 'Files left out (shown in development only)',
      attrs: { id: 'notes-heading' },
    }),
    el(
      'ul',
      {},
      notes.map((note) => el('li', { text: `${note.file}: ${note.message}` })),
    ),
  ]);
}

export function renderList(root: HTMLElement, options: ListOptions): void {
  const markOf: MarkOf = options.markOf ?? (() => 'new' as const);
  const heading = el('h1', { text: 'Choose a scenario' });
  const screen = el('section', { className: 'screen list-screen' }, [
    el('div', { className: 'screen-top' }, [
      heading,
      button('Back to the title', options.onBack, 'button button-quiet'),
    ]),
    options.tracks.length > 0 ? trackSection(options, markOf) : null,
    scenarioSection(options, markOf),
    options.showNotes && options.notes.length > 0 ? notesSection(options.notes) : null,
    fileSection(options.onFile),
  ]);
  root.append(screen);
  focusHeading(heading);
  void paintPictures(screen);
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
