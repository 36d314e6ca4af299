/** The run as the shell's child actor: steps reported, autosave after every input, the ending. */
import { describe, expect, it } from 'vitest';
import { createActor, sendTo, setup, type AnyEventObject } from 'xstate';
import { playSession, type PlaySessionInput } from '../../../src/shell/play-session';
import { MemoryRunStore } from '../../../src/services/run-store';
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
    const saved = await store.loadCurrent();
    expect(saved?.log.inputs).toHaveLength(2);
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
    expect(await store.loadCurrent()).toBeNull();
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
    await store.clearCurrent();
    actor.stop();
    await settleSaves();
    expect((await store.loadCurrent())?.log.inputs).toHaveLength(1);
  });
});
