/**
 * Dev-only harness (not part of the build): shows the stage cycling through every setting,
 * mood and reaction with a countdown, or one fixed frame chosen by query parameters:
 *   ?setting=bank&speaker=dana&mood=happy&outcome=positive&countdown=0.3&reduced=1&react=positive
 *   &look=age:older,hair:bald,pose:arms-crossed,glasses:true  a cast member's `look`
 *   ?stress=20  creates and destroys the stage 20 times, then reports what is left behind
 *               once the last stage's loop sleeps: canvases, animation frames and timeouts.
 *               (Wait for body[data-harness="ready"] with a selector: a polling
 *               waitForFunction schedules animation frames of its own, which count here.)
 * The stage host carries data-loop="asleep" once the picture is drawn and the loop sleeps.
 */
import {
  MOODS,
  SETTINGS,
  lookSchema,
  type Look,
  type Mood,
  type Setting,
} from '../src/engine/scenario/schema';
import type { Stage, StageView } from '../src/services/stage';
import { createStage } from '../src/game';
import { watchPendingCallbacks } from './pending-callbacks';

const CAST = ['dana', 'sam', 'priya', 'marcus', 'lee', 'amara', 'jon', 'elif', 'tomas'];
const params = new URLSearchParams(location.search);
const parent = document.getElementById('stage') as HTMLElement;
const status = document.getElementById('status') as HTMLElement;

function meters(step: number): StageView['meters'] {
  return [
    { id: 'trust', label: 'Customer trust', value: 30 + ((step * 17) % 70), min: 0, max: 100 },
    { id: 'morale', label: 'Team morale', value: 80 - ((step * 23) % 60), min: 0, max: 100 },
    { id: 'budget', label: 'Budget left', value: 5000 - step * 400, min: 0, max: 5000 },
  ];
}

/** `look=age:older,glasses:true` → a checked look (an invalid one is reported and ignored). */
function lookParam(): Look | undefined {
  const text = params.get('look');
  if (!text) return undefined;
  const entries = text.split(',').map((pair) => {
    const [key = '', value = ''] = pair.split(':');
    return [key, value === 'true' ? true : value === 'false' ? false : value];
  });
  const parsed = lookSchema.safeParse(Object.fromEntries(entries));
  if (parsed.success) return parsed.data;
  status.textContent = `Ignoring look: ${parsed.error.issues[0]?.message ?? 'invalid'}`;
  return undefined;
}

function fixedFrame(stage: Stage): void {
  const setting = (params.get('setting') ?? 'office') as Setting;
  const speaker = params.get('speaker');
  const outcome = params.get('outcome') as StageView['outcome'] | null;
  stage.show({
    setting,
    nodeKind: outcome ? 'ending' : 'decision',
    ...(speaker
      ? {
          speaker: {
            id: speaker,
            name: speaker,
            role: 'Agent',
            mood: (params.get('mood') ?? 'neutral') as Mood,
            ...(lookParam() ? { look: lookParam() } : {}),
          },
        }
      : {}),
    meters: meters(Number(params.get('step') ?? 1)),
    ...(outcome ? { outcome } : {}),
  });
  const countdown = params.get('countdown');
  if (countdown) stage.setCountdown({ remainingMs: Number(countdown) * 20_000, totalMs: 20_000 });
  const reaction = params.get('react') as 'positive' | 'negative' | 'neutral' | null;
  if (reaction) setTimeout(() => stage.react(reaction), 600);
  status.textContent = 'Fixed frame ready';
  document.body.dataset.harness = 'ready';
}

function cycle(stage: Stage): void {
  let step = 0;
  const reactions = ['positive', 'negative', 'neutral'] as const;
  const totalMs = 12_000;
  let started = performance.now();
  const tick = setInterval(() => {
    const remainingMs = Math.max(0, totalMs - (performance.now() - started));
    stage.setCountdown({ remainingMs, totalMs });
    if (remainingMs === 0) started = performance.now();
  }, 100);
  const advance = () => {
    const setting = SETTINGS[step % SETTINGS.length] as Setting;
    const mood = MOODS[step % MOODS.length] as Mood;
    const last = step % 6 === 5;
    stage.show({
      setting,
      nodeKind: last ? 'ending' : 'decision',
      speaker: { id: CAST[step % CAST.length] as string, name: 'Speaker', role: 'Role', mood },
      meters: meters(step),
      ...(last ? { outcome: (['positive', 'mixed', 'negative'] as const)[step % 3] } : {}),
    });
    setTimeout(() => stage.react(reactions[step % 3] ?? 'neutral'), 1200);
    status.textContent = `Step ${step}: ${setting}, ${mood}`;
    step += 1;
  };
  advance();
  const timer = setInterval(advance, 2500);
  window.addEventListener('pagehide', () => {
    clearInterval(timer);
    clearInterval(tick);
    stage.destroy();
  });
}

/** Resolves once the stage in `parent` has drawn its picture and its game loop sleeps. */
function untilAsleep(): Promise<void> {
  const host = parent.querySelector<HTMLElement>('.stage-canvas');
  if (!host || host.dataset.loop === 'asleep') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (host.dataset.loop !== 'asleep') return;
      observer.disconnect();
      resolve();
    });
    observer.observe(host, { attributes: true, attributeFilter: ['data-loop'] });
  });
}

async function stress(times: number): Promise<void> {
  const pending = watchPendingCallbacks(window);
  for (let round = 0; round < times; round += 1) {
    const stage = await createStage(parent, { reducedMotion: false, label: `Round ${round}` });
    stage.show({
      setting: SETTINGS[round % SETTINGS.length] as Setting,
      nodeKind: 'narrative',
      speaker: { id: `p${round}`, name: 'P', role: 'R', mood: 'happy' },
      meters: meters(round),
    });
    stage.react('positive');
    await new Promise((resolve) => setTimeout(resolve, 150));
    stage.destroy();
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const last = await createStage(parent, { reducedMotion: false, label: 'After the stress run' });
  last.show({ setting: 'bank', nodeKind: 'narrative', meters: meters(1) });
  await untilAsleep();
  // Let the frame that sent the loop to sleep finish (and any late refit draw its frame)
  // before counting what the destroyed stages left behind.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await untilAsleep();
  const left = {
    canvases: document.querySelectorAll('canvas').length,
    frames: pending.frames(),
    timeouts: pending.timeouts(),
  };
  status.textContent =
    `Stress done: ${times} stages created and destroyed; canvases now: ${left.canvases}; ` +
    `animation frames pending: ${left.frames}; timeouts pending: ${left.timeouts}`;
  Object.assign(document.body.dataset, {
    canvases: String(left.canvases),
    pendingFrames: String(left.frames),
    pendingTimeouts: String(left.timeouts),
  });
  document.body.dataset.harness = 'ready';
}

async function main(): Promise<void> {
  const stressRounds = Number(params.get('stress') ?? 0);
  if (stressRounds > 0) return stress(stressRounds);
  const stage = await createStage(parent, {
    reducedMotion: params.get('reduced') === '1',
    label: 'Stage harness: the scene picture',
  });
  (window as unknown as { __stage: Stage }).__stage = stage;
  if (params.has('noshow')) document.body.dataset.harness = 'ready';
  else if (params.has('setting') || params.has('speaker')) fixedFrame(stage);
  else cycle(stage);
}

main().catch((error: unknown) => {
  status.textContent = `Stage failed: ${String(error)}`;
  console.error(error);
});
