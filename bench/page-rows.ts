/** The page bench's figures as table rows (see page.ts for how they are measured). */
import type { HeapSummary } from './heap-snapshot';
import { percentile, round, type BenchRow } from './measure';
import type { BenchOptions } from './options';

export const VIEWPORT = { width: 1280, height: 720 };

export interface ProbeFigures {
  titleReadyAt: number | null;
  resourcesAtTitle: Array<{ name: string; transferSize: number }>;
  toDom: number[];
  toFrame: number[];
  handlerToDom: number[];
  frames: number[];
  titleFrames: number[];
}

export interface PageRun {
  titleMs: number;
  fcpMs: number | null;
  phaserAtTitle: boolean;
  phaserDoneMs: number | null;
  bytesAtTitle: number;
  bytesAfterFirstPlay: number;
  /** Heap after GC at the end screen of each play. */
  heapByPlay: number[];
  /** Heap snapshots after the first and the last play. */
  snapshots: HeapSummary[];
  steps: number[];
  /** Waits for the picture to stop moving after an input, and how many hit their cap. */
  stillWaits: { total: number; capped: number };
  /** The stage's renderer: 'webgl' or 'canvas'. */
  renderer: string;
  titleFrames: number[];
  probe: ProbeFigures;
}

function snapshotGrowth(snapshots: HeapSummary[], part: 'data' | 'code'): number {
  const [first, last] = [snapshots[0], snapshots.at(-1)];
  return first && last ? ((last[part] - first[part]) / first[part]) * 100 : Number.NaN;
}

function rendererName(renderer: string, options: BenchOptions): string {
  const name = renderer === 'webgl' ? 'WebGL' : renderer === 'canvas' ? 'Canvas' : renderer;
  return `${name} renderer (${options.renderer ? 'forced by --renderer' : "the stage's own choice"})`;
}

export function pageRows(run: PageRun, options: BenchOptions): BenchRow[] {
  const kb = (bytes: number) => round(bytes / 1000, 1);
  const ms = (value: number | null | undefined) => round(value ?? Number.NaN, 1);
  const inputs = `${run.probe.toFrame.length} inputs over ${options.plays} plays`;
  const heapFirst = run.heapByPlay[0] ?? Number.NaN;
  const heapLast = run.heapByPlay.at(-1) ?? Number.NaN;
  const growth = ((heapLast - heapFirst) / heapFirst) * 100;
  const secondHalf = run.heapByPlay.slice(Math.floor(run.heapByPlay.length / 2));
  const perPlay =
    ((secondHalf.at(-1) ?? Number.NaN) - (secondHalf[0] ?? Number.NaN)) /
    Math.max(1, secondHalf.length - 1);
  return [
    {
      metric: 'title interactive',
      value: ms(run.titleMs),
      unit: 'ms',
      detail: 'navigation start → data-screen=title, aria-busy=false',
    },
    { metric: 'first contentful paint', value: ms(run.fcpMs), unit: 'ms', detail: 'paint timing' },
    {
      metric: 'Phaser loaded before title',
      value: run.phaserAtTitle ? 1 : 0,
      unit: run.phaserAtTitle ? 'yes' : 'no',
      detail: 'phaser chunk among resources finished at title time',
    },
    {
      metric: 'Phaser chunk done',
      value: ms(run.phaserDoneMs),
      unit: 'ms',
      detail: 'responseEnd of the phaser chunk (loaded after the title)',
    },
    {
      metric: 'transfer at title',
      value: kb(run.bytesAtTitle),
      unit: 'KB',
      detail: 'document + resources finished when the title became interactive',
    },
    {
      metric: 'transfer after 1st play',
      value: kb(run.bytesAfterFirstPlay),
      unit: 'KB',
      detail:
        'page + service worker (the offline copy), encoded, headers incl., gzip from vite preview',
    },
    {
      metric: 'choice → text in DOM p50',
      value: ms(percentile(run.probe.toDom, 50)),
      unit: 'ms',
      detail: inputs,
    },
    {
      metric: 'choice → text in DOM p95',
      value: ms(percentile(run.probe.toDom, 95)),
      unit: 'ms',
      detail: 'key event timeStamp → MutationObserver',
    },
    {
      metric: 'choice handling p95',
      value: ms(percentile(run.probe.handlerToDom, 95)),
      unit: 'ms',
      detail: 'first keydown listener → DOM change: the app and engine work alone',
    },
    {
      metric: 'choice → next frame p50',
      value: ms(percentile(run.probe.toFrame, 50)),
      unit: 'ms',
      detail: 'to the requestAnimationFrame that paints it',
    },
    {
      metric: 'choice → next frame p95',
      value: ms(percentile(run.probe.toFrame, 95)),
      unit: 'ms',
      detail: 'target < 50 ms',
    },
    {
      metric: 'frame time p50 playing',
      value: ms(percentile(run.probe.frames, 50)),
      unit: 'ms',
      detail: `${run.probe.frames.length} frames, ${VIEWPORT.width}×${VIEWPORT.height}, ${rendererName(run.renderer, options)}`,
    },
    {
      metric: 'frame time p95 on title',
      value: ms(percentile(run.titleFrames, 95)),
      unit: 'ms',
      detail: `${run.titleFrames.length} frames on the idle DOM title: the machine's baseline`,
    },
    {
      metric: 'frame time p95 playing',
      value: ms(percentile(run.probe.frames, 95)),
      unit: 'ms',
      detail: `target ≤ 16.7 ms; each transition watched to its end (${run.stillWaits.capped} of ${run.stillWaits.total} waits cut at 2 s)`,
    },
    {
      metric: 'heap after play 1',
      value: round(heapFirst / 1e6, 2),
      unit: 'MB',
      detail: 'after GC (CDP Runtime.getHeapUsage)',
    },
    {
      metric: `heap after play ${options.plays}`,
      value: round(heapLast / 1e6, 2),
      unit: 'MB',
      detail: 'after GC',
    },
    {
      metric: 'heap growth',
      value: round(growth, 1),
      unit: '%',
      detail: `play 1 → ${options.plays} in one tab; target ≤ 5 %; ${run.steps.join('/')} steps`,
    },
    {
      metric: 'heap growth without code',
      value: round(snapshotGrowth(run.snapshots, 'data'), 1),
      unit: '%',
      detail: `heap snapshots after play 1 and ${options.plays}: objects, strings, DOM; compiled code grew ${round(snapshotGrowth(run.snapshots, 'code'), 1)} %`,
    },
    {
      metric: 'heap growth per play',
      value: round(perPlay / 1000, 1),
      unit: 'KB',
      detail: `mean over the second half of the plays; MB by play: ${run.heapByPlay.map((bytes) => round(bytes / 1e6, 2)).join(' ')}`,
    },
  ];
}
