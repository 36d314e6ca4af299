import { describe, expect, it } from 'vitest';
import type { Stage, StageView } from '../../../src/services/stage';
import { holdStage } from '../../../src/facilitator/stage-holder';

type Call = [string, unknown];

function fakeStage(): { stage: Stage; calls: Call[] } {
  const calls: Call[] = [];
  const stage: Stage = {
    show: (view) => void calls.push(['show', view]),
    react: (kind) => void calls.push(['react', kind]),
    setCountdown: (countdown) => void calls.push(['setCountdown', countdown]),
    setReducedMotion: (reduced) => void calls.push(['setReducedMotion', reduced]),
    destroy: () => void calls.push(['destroy', null]),
  };
  return { stage, calls };
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

const view = (nodeKind: StageView['nodeKind'], value: number): StageView => ({
  nodeKind,
  meters: [{ id: 'trust', label: 'Trust', value }],
});

describe('holdStage', () => {
  it('shows the latest step once the picture is ready, with no countdown', async () => {
    const { stage, calls } = fakeStage();
    const loading = deferred<Stage | null>();
    const holder = holdStage(loading.promise, true);
    holder.show(view('narrative', 1));
    holder.show(view('decision', 2));
    loading.resolve(stage);
    expect(await holder.settled).toBe(true);
    expect(calls).toEqual([
      ['setCountdown', null],
      ['setReducedMotion', true],
      ['show', view('decision', 2)],
    ]);
    holder.show(view('ending', 3));
    expect(calls.at(-1)).toEqual(['show', view('ending', 3)]);
    expect(calls.some(([name, arg]) => name === 'setCountdown' && arg !== null)).toBe(false);
    expect(calls.some(([name]) => name === 'react')).toBe(false);
  });

  it('destroys a picture that arrives after the replay was left', async () => {
    const { stage, calls } = fakeStage();
    const loading = deferred<Stage | null>();
    const holder = holdStage(loading.promise, false);
    holder.show(view('narrative', 1));
    holder.destroy();
    loading.resolve(stage);
    expect(await holder.settled).toBe(false);
    expect(calls).toEqual([['destroy', null]]);
  });

  it('destroys a ready picture once, and ignores steps after that', async () => {
    const { stage, calls } = fakeStage();
    const holder = holdStage(Promise.resolve(stage), false);
    expect(await holder.settled).toBe(true);
    holder.destroy();
    holder.destroy();
    holder.show(view('narrative', 4));
    expect(calls.filter(([name]) => name === 'destroy')).toHaveLength(1);
    expect(calls.filter(([name]) => name === 'show')).toHaveLength(0);
  });

  it('settles false, quietly, when there is no picture or it fails to start', async () => {
    const none = holdStage(Promise.resolve(null), false);
    none.show(view('narrative', 1));
    expect(await none.settled).toBe(false);
    const failed = holdStage(Promise.reject(new Error('no WebGL')), false);
    failed.show(view('narrative', 1));
    failed.destroy();
    expect(await failed.settled).toBe(false);
  });

  it('passes a reduced-motion change on to the picture', async () => {
    const { stage, calls } = fakeStage();
    const holder = holdStage(Promise.resolve(stage), false);
    await holder.settled;
    holder.setReducedMotion(true);
    expect(calls.at(-1)).toEqual(['setReducedMotion', true]);
  });
});
