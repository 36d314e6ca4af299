import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Activity, type FrameLoop } from '../../../src/game/activity';

/** A loop that records what the tracker asked of it and draws frames when told to. */
function fakeLoop() {
  const calls: string[] = [];
  let running = true;
  const loop: FrameLoop = {
    sleep() {
      calls.push('sleep');
      running = false;
    },
    wake() {
      calls.push('wake');
      running = true;
    },
  };
  return {
    calls,
    loop,
    get running() {
      return running;
    },
  };
}

/** Draws frames the way Phaser would: only while the loop runs, each one reported. */
function drawFrames(activity: Activity, fake: ReturnType<typeof fakeLoop>, count: number): number {
  let drawn = 0;
  for (let frame = 0; frame < count && fake.running; frame += 1) {
    drawn += 1;
    activity.frameDrawn();
  }
  return drawn;
}

describe('render on demand: the activity tracker', () => {
  it('draws the first picture, then sleeps', () => {
    const fake = fakeLoop();
    const activity = new Activity(fake.loop);
    expect(drawFrames(activity, fake, 10)).toBe(1);
    expect(fake.calls).toEqual(['sleep']);
    expect(activity.sleeping).toBe(true);
  });

  it('keeps drawing while an animation runs and sleeps one frame after it ends', () => {
    const fake = fakeLoop();
    const activity = new Activity(fake.loop);
    drawFrames(activity, fake, 1);
    const end = activity.begin();
    expect(fake.calls).toEqual(['sleep', 'wake']);
    expect(drawFrames(activity, fake, 30)).toBe(30);
    expect(activity.sleeping).toBe(false);
    end();
    expect(drawFrames(activity, fake, 10)).toBe(1);
    expect(fake.calls).toEqual(['sleep', 'wake', 'sleep']);
  });

  it('waits for the last of overlapping animations', () => {
    const fake = fakeLoop();
    const activity = new Activity(fake.loop);
    const first = activity.begin();
    const second = activity.begin();
    first();
    expect(drawFrames(activity, fake, 5)).toBe(5);
    expect(activity.pending).toBe(1);
    second();
    expect(drawFrames(activity, fake, 5)).toBe(1);
    expect(activity.pending).toBe(0);
    expect(activity.sleeping).toBe(true);
  });

  it('counts an ending called twice once', () => {
    const fake = fakeLoop();
    const activity = new Activity(fake.loop);
    const kept = activity.begin();
    const ended = activity.begin();
    ended();
    ended();
    expect(activity.pending).toBe(1);
    expect(drawFrames(activity, fake, 3)).toBe(3);
    kept();
    expect(drawFrames(activity, fake, 3)).toBe(1);
  });

  it('draws one frame for a change to a still picture (a countdown tick), then sleeps', () => {
    const fake = fakeLoop();
    const activity = new Activity(fake.loop);
    drawFrames(activity, fake, 1);
    for (let tick = 0; tick < 3; tick += 1) {
      activity.requestFrame();
      expect(drawFrames(activity, fake, 10)).toBe(1);
    }
    expect(fake.calls).toEqual(['sleep', 'wake', 'sleep', 'wake', 'sleep', 'wake', 'sleep']);
  });

  it('does not wake a loop that is already running', () => {
    const fake = fakeLoop();
    const activity = new Activity(fake.loop);
    activity.requestFrame();
    const end = activity.begin();
    end();
    expect(fake.calls).toEqual([]);
    expect(drawFrames(activity, fake, 10)).toBe(1);
  });

  it('honours a longer tail', () => {
    const fake = fakeLoop();
    const activity = new Activity(fake.loop, 3);
    activity.begin()();
    expect(drawFrames(activity, fake, 10)).toBe(3);
  });

  it('refuses a tail that would never draw the end state', () => {
    const fake = fakeLoop();
    expect(() => new Activity(fake.loop, 0)).toThrow(RangeError);
    expect(() => new Activity(fake.loop, 1.5)).toThrow(RangeError);
  });

  it('never touches the loop again once stopped, even for endings still in flight', () => {
    const fake = fakeLoop();
    const activity = new Activity(fake.loop);
    drawFrames(activity, fake, 1);
    const inFlight = activity.begin();
    const callsBefore = [...fake.calls];
    activity.stop();
    inFlight();
    activity.requestFrame();
    activity.begin()();
    activity.frameDrawn();
    expect(fake.calls).toEqual(callsBefore);
    expect(activity.pending).toBe(0);
  });

  it('for any interleaving, sleeps exactly when nothing is pending and the end state was drawn', () => {
    type Step = 'begin' | 'end' | 'request' | 'frame';
    const steps = fc.array(fc.constantFrom<Step>('begin', 'end', 'request', 'frame'), {
      maxLength: 60,
    });
    fc.assert(
      fc.property(steps, (script) => {
        const fake = fakeLoop();
        const activity = new Activity(fake.loop);
        const open: Array<() => void> = [];
        let changedSinceFrame = true;
        for (const step of script) {
          const end = step === 'end' ? open.pop() : undefined;
          if (step === 'begin') open.push(activity.begin());
          else if (step === 'request') activity.requestFrame();
          else if (end) end();
          if (step === 'begin' || step === 'request' || end) changedSinceFrame = true;
          if (step === 'frame' && fake.running) {
            activity.frameDrawn();
            changedSinceFrame = false;
          }
          // Asleep only with nothing running and nothing left undrawn; the fake agrees.
          if (activity.sleeping) {
            expect(open.length).toBe(0);
            expect(changedSinceFrame).toBe(false);
          }
          expect(fake.running).toBe(!activity.sleeping);
          expect(activity.pending).toBe(open.length);
        }
        // Whatever happened, once everything ends the loop goes to sleep within one frame.
        while (open.length > 0) open.pop()?.();
        expect(drawFrames(activity, fake, 5)).toBeLessThanOrEqual(1);
        expect(activity.sleeping).toBe(true);
      }),
    );
  });
});
