/** The run as the shell's child actor: steps reported, autosave after every input, the ending. */
import { describe, expect, it } from 'vitest';
import { createActor, sendTo, setup, type AnyEventObject } from 'xstate';
import { playSession, type PlaySessionInput } from '../../../src/shell/play-session';
import { noClaims } from '../../../src/services/run-claims';
import { MemoryRunStore, type RunStore } from '../../../src/services/run-store';
import type { Track } from '../../../src/engine/scenario/schema';
import { defaultSettings } from '../../../src/services/settings';
import { replay } from '../../../src/engine/session/replay';
import { libraryEntry } from '../../support/library';
import { refundScenario } from '../run/fixtures';

const playable = libraryEntry(refundScenario());

/** A parent that records what the run reports and forwards the test's commands to it. */
function host(input: PlaySessionInput) {
  const reports: AnyEventObject[] = [];
  const parent = setup({ actors: { playSession } }).createMachine({
    invoke: { id: 'run', src: 'playSession', input },
    on: {
      '*': {
        actions: [
          ({ event }) => {
            if (String(event.type).startsWith('run.')) reports.push(event);
          },
        ],
      },
      'test.send': {
        actions: sendTo('run', ({ event }) => (event as unknown as { command: never }).command),
      },
    },
  });
  const actor = createActor(parent);
  actor.start();
  const send = (
    command: { type: 'player.choose'; choiceId: string } | { type: 'player.continue' },
  ) => actor.send({ type: 'test.send', command } as never);
  return { actor, reports, send };
}

const hiddenPage = { hidden: () => false, onChange: () => () => undefined };
const settleSaves = () => new Promise((resolve) => setTimeout(resolve, 0));
const savedOf = async (store: RunStore) => (await store.unfinishedRuns())[0] ?? null;
/** The refund fixture played to its end: continue, refer up, wait. */
const PLAY_TO_END = [
  { type: 'player.continue' },
  { type: 'player.choose', choiceId: 'refer-up' },
  { type: 'player.choose', choiceId: 'wait' },
] as const;

describe('the play session actor', () => {
  it('reports each step with its log and saves after every input', async () => {
    const store = new MemoryRunStore();
    const { actor, reports, send } = host({
      playable,
      settings: { ...defaultSettings(false), timePressure: 'off' },
      store,
      page: hiddenPage,
    });
    send({ type: 'player.continue' });
    send({ type: 'player.choose', choiceId: 'refer-up' });
    await settleSaves();
    const steps = reports.filter((event) => event.type === 'run.step');
    expect(steps.map((event) => event.step)).toEqual([0, 1, 2]);
    expect(steps.at(-1)?.log.inputs.map((input: { type: string }) => input.type)).toEqual([
      'continue',
      'choose',
    ]);
    const saved = await savedOf(store);
    expect(saved?.log?.inputs).toHaveLength(2);
    expect(reports.some((event) => event.type === 'run.saved' && event.inputs === 2)).toBe(true);
    actor.stop();
  });

  it('ends with a log that replays to the same context, kept in the history', async () => {
    const store = new MemoryRunStore();
    const { reports, send } = host({
      playable,
      settings: { ...defaultSettings(false), timePressure: 'off' },
      store,
      page: hiddenPage,
    });
    send({ type: 'player.continue' });
    send({ type: 'player.choose', choiceId: 'refer-up' });
    send({ type: 'player.choose', choiceId: 'wait' });
    await settleSaves();
    const ended = reports.find((event) => event.type === 'run.ended');
    expect(ended).toBeDefined();
    const replayed = replay(playable.scenario, ended?.log);
    expect(replayed.ok && replayed.final).toEqual(ended?.context);
    expect(await savedOf(store)).toBeNull();
    expect(await store.allFinishedRuns()).toHaveLength(1);
  });

  it('saves where it stands when the shell stops it', async () => {
    const store = new MemoryRunStore();
    const { actor, send } = host({
      playable,
      settings: defaultSettings(false),
      store,
      page: hiddenPage,
    });
    send({ type: 'player.continue' });
    await settleSaves();
    await store.clearUnfinished('scenario:' + playable.scenario.id);
    actor.stop();
    await settleSaves();
    expect((await savedOf(store))?.log?.inputs).toHaveLength(1);
  });

  it('saves a track part with the track progress, and at its end the next part to play', async () => {
    const store = new MemoryRunStore();
    const id = playable.scenario.id;
    const track: Track = { id: 'pair', title: 'Pair', summary: 'Two.', scenarios: [id, 'next'] };
    const { send } = host({
      playable,
      settings: { ...defaultSettings(false), timePressure: 'off' },
      store,
      page: hiddenPage,
      keep: { owner: 'tab', claims: noClaims, track: { track, index: 0, finished: [] } },
    });
    send(PLAY_TO_END[0]);
    await settleSaves();
    expect((await savedOf(store))?.track).toEqual({ track, index: 0, finished: [] });
    send(PLAY_TO_END[1]);
    send(PLAY_TO_END[2]);
    await settleSaves();
    const between = await savedOf(store);
    expect(between).toMatchObject({ scenarioId: 'next', log: null, track: { index: 1 } });
    expect(between?.track?.finished.map((part) => part.scenarioId)).toEqual([id]);
    expect(await store.allFinishedRuns()).toHaveLength(1);
  });

  it('after the last part keeps the finished track with every part, and no unfinished run', async () => {
    const store = new MemoryRunStore();
    const id = playable.scenario.id;
    const track: Track = { id: 'pair', title: 'Pair', summary: 'Two.', scenarios: ['first', id] };
    const first = { scenarioId: 'first', log: { scenarioId: 'first' } as never };
    const { send } = host({
      playable,
      settings: { ...defaultSettings(false), timePressure: 'off' },
      store,
      page: hiddenPage,
      keep: { owner: 'tab', claims: noClaims, track: { track, index: 1, finished: [first] } },
    });
    for (const command of PLAY_TO_END) send(command);
    await settleSaves();
    expect(await store.unfinishedRuns()).toEqual([]);
    const [done] = await store.allFinishedTracks();
    expect(done?.parts.map((part) => part.scenarioId)).toEqual(['first', id]);
  });

  it('stops saving and says so when another tab takes the run over', async () => {
    const store = new MemoryRunStore();
    const settings = { ...defaultSettings(false), timePressure: 'off' as const };
    const tabA = host({ playable, settings, store, page: hiddenPage });
    tabA.send(PLAY_TO_END[0]);
    await settleSaves();
    const resumed = await savedOf(store);
    const tabB = host({
      playable,
      settings,
      store,
      page: hiddenPage,
      resume: { log: resumed!.log!, elapsedMs: resumed!.elapsedMs },
      keep: { owner: 'tab-b', claims: noClaims },
    });
    await settleSaves();
    tabA.send(PLAY_TO_END[1]);
    await settleSaves();
    expect(tabA.reports.some((event) => event.type === 'run.takenOver')).toBe(true);
    expect(tabB.reports.some((event) => event.type === 'run.takenOver')).toBe(false);
    // Tab A's choice was never written over tab B's run.
    expect((await savedOf(store))?.owner).toBe('tab-b');
    expect((await savedOf(store))?.log?.inputs).toHaveLength(1);
    tabA.actor.stop();
    tabB.actor.stop();
  });

  it('tells an observer (an LMS) the run as it opens, each input, a pause and the end', async () => {
    const calls: string[] = [];
    let elapsed: (() => number) | null = null;
    let hidden = false;
    let onChange = () => undefined as void;
    const { actor, send } = host({
      playable,
      settings: { ...defaultSettings(false), timePressure: 'off' },
      store: new MemoryRunStore(),
      page: {
        hidden: () => hidden,
        onChange: (listener) => ((onChange = listener), () => undefined),
      },
      observer: {
        opened: (read) => ((elapsed = read), void calls.push('opened')),
        stepped: (log) => void calls.push(`stepped ${log.inputs.length}`),
        paused: () => void calls.push('paused'),
        ended: (log) => void calls.push(`ended ${log.result ? 'with result' : 'without'}`),
        left: () => void calls.push('left'),
      },
    });
    expect(typeof elapsed).toBe('function');
    send({ type: 'player.continue' });
    hidden = true;
    onChange();
    hidden = false;
    onChange();
    send({ type: 'player.choose', choiceId: 'refer-up' });
    send({ type: 'player.choose', choiceId: 'wait' });
    await settleSaves();
    actor.stop();
    expect(calls).toEqual([
      'opened',
      'stepped 0',
      'stepped 1',
      'paused',
      'stepped 2',
      'ended with result',
      'left',
    ]);
  });
});
