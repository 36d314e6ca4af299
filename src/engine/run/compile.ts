/**
 * Compiles a scenario into an XState v5 machine. The machine is data-driven: one state per
 * node *kind* (tagged with that kind) and `context.nodeId` says which node of that kind the
 * run is at. Every input passes through the transient `routing` state, which picks the state
 * for the node just reached; that way re-entering a timed decision always re-arms its timer.
 *
 * The engine has no clock: every event carries `at` (ms since the run started). The only
 * timer is the delayed transition of a timed decision, whose delay comes from context
 * (deadline - now), so a restored run can re-arm it with the time that is fairly left.
 */
import { and, assign, emit, setup, type SnapshotFrom } from 'xstate';
import type { Scenario } from '../scenario/schema';
import {
  armDeadline,
  chooseAt,
  continueEvent,
  continueNarrative,
  currentNode,
  drawEventOutcome,
  findOfferedChoice,
  initialContext,
  noteEnding,
  stepBack,
  timeLimitMs,
  timeOut,
} from './steps';
import type { RunContext, RunEvent, RunOptions } from './types';

const INPUT_WHEN_MISSING: RunOptions = { seed: 0, timePressure: 'normal' };

/** Tags on the machine's states; a view asks these, never state paths. */
export type RunTag = 'narrative' | 'decision' | 'event' | 'ending' | 'timed';

/** Emitted when the run's own timer (not an explicit `timer.expired`) times a decision out. */
export interface RunTimedOut {
  type: 'run.timedOut';
  /** The deadline, in ms since the run started. */
  at: number;
}

export type RunInput = RunOptions;

function eventTime(event: RunEvent): number {
  return event.at;
}

export function compileScenario(scenario: Scenario) {
  const kindIs = (kind: string) => (context: RunContext) =>
    currentNode(scenario, context).kind === kind;
  const isTimed = (context: RunContext) =>
    timeLimitMs(currentNode(scenario, context), context.timePressure) !== null;

  return setup({
    types: {
      context: {} as RunContext,
      events: {} as RunEvent,
      input: {} as RunInput,
      tags: {} as RunTag,
      emitted: {} as RunTimedOut,
    },
    guards: {
      atNarrative: ({ context }) => kindIs('narrative')(context),
      atEvent: ({ context }) => kindIs('event')(context),
      atEnding: ({ context }) => kindIs('ending')(context),
      atTimedDecision: ({ context }) => kindIs('decision')(context) && isTimed(context),
      atUntimedDecision: ({ context }) => kindIs('decision')(context) && !isTimed(context),
      /** Inputs never go back in time; a stale or malformed one is ignored. */
      isOnTime: ({ context, event }) =>
        Number.isFinite(eventTime(event)) && eventTime(event) >= context.now,
      isOfferedChoice: ({ context, event }) =>
        event.type === 'player.choose' &&
        findOfferedChoice(scenario, context, event.choiceId) !== undefined,
      isBeforeDeadline: ({ context, event }) =>
        context.deadline !== null && eventTime(event) < context.deadline,
      isAtOrAfterDeadline: ({ context, event }) =>
        context.deadline !== null && eventTime(event) >= context.deadline,
      canStepBack: ({ context }) => context.beforeDecision !== undefined,
    },
    actions: {
      leaveNarrative: assign(({ context, event }) =>
        continueNarrative(scenario, context, eventTime(event)),
      ),
      leaveEvent: assign(({ context, event }) =>
        continueEvent(scenario, context, eventTime(event)),
      ),
      takeChoice: assign(({ context, event }) =>
        event.type === 'player.choose'
          ? chooseAt(scenario, context, event.choiceId, event.at)
          : context,
      ),
      takeTimeoutChoice: assign(({ context }) => timeOut(scenario, context)),
      announceTimeout: emit(({ context }) => ({
        type: 'run.timedOut' as const,
        at: context.deadline ?? context.now,
      })),
      armDeadline: assign(({ context }) => armDeadline(scenario, context)),
      noteResumeTime: assign(({ context, event }) => ({
        now: Math.max(context.now, eventTime(event)),
      })),
      drawOutcome: assign(({ context }) => drawEventOutcome(scenario, context)),
      noteEnding: assign(({ context }) => noteEnding(scenario, context)),
      stepBack: assign(({ context, event }) => stepBack(context, eventTime(event))),
    },
    delays: {
      /** What is left of the limit: the whole limit on entry, deadline - at after a restore. */
      timeLeft: ({ context }) => Math.max(0, (context.deadline ?? context.now) - context.now),
    },
  }).createMachine({
    id: 'run',
    // XState's pure transition() builds a throwaway actor without input; a default keeps that
    // from throwing (a caught throw per step made replay several times slower).
    context: ({ input }) => initialContext(scenario, input ?? INPUT_WHEN_MISSING),
    initial: 'routing',
    // Practice only (the session layer refuses it otherwise). The ending is final: no step
    // back from it. Leaving through `routing` re-arms a timed decision with its full limit.
    on: {
      'player.back': {
        guard: and(['isOnTime', 'canStepBack']),
        target: '.routing',
        actions: 'stepBack',
      },
    },
    states: {
      routing: {
        always: [
          { guard: 'atEnding', target: 'ending' },
          { guard: 'atEvent', target: 'event' },
          { guard: 'atTimedDecision', target: 'timedDecision' },
          { guard: 'atUntimedDecision', target: 'decision' },
          { guard: 'atNarrative', target: 'narrative' },
        ],
      },
      narrative: {
        tags: ['narrative'],
        on: {
          'player.continue': { guard: 'isOnTime', target: 'routing', actions: 'leaveNarrative' },
        },
      },
      decision: {
        tags: ['decision'],
        on: {
          'player.choose': {
            guard: and(['isOnTime', 'isOfferedChoice']),
            target: 'routing',
            actions: 'takeChoice',
          },
        },
      },
      timedDecision: {
        tags: ['decision', 'timed'],
        entry: 'armDeadline',
        after: {
          timeLeft: { target: 'routing', actions: ['announceTimeout', 'takeTimeoutChoice'] },
        },
        on: {
          'player.choose': {
            guard: and(['isOnTime', 'isOfferedChoice', 'isBeforeDeadline']),
            target: 'routing',
            actions: 'takeChoice',
          },
          'timer.expired': {
            guard: 'isAtOrAfterDeadline',
            target: 'routing',
            actions: 'takeTimeoutChoice',
          },
          'run.resumed': [
            {
              guard: 'isAtOrAfterDeadline',
              target: 'routing',
              actions: ['announceTimeout', 'takeTimeoutChoice'],
            },
            // Re-entering schedules the delayed transition again, now with deadline - at left.
            { target: 'timedDecision', reenter: true, actions: 'noteResumeTime' },
          ],
        },
      },
      event: {
        tags: ['event'],
        entry: 'drawOutcome',
        on: {
          'player.continue': { guard: 'isOnTime', target: 'routing', actions: 'leaveEvent' },
        },
      },
      ending: {
        type: 'final',
        tags: ['ending'],
        entry: 'noteEnding',
      },
    },
  });
}

export type RunMachine = ReturnType<typeof compileScenario>;
export type RunSnapshot = SnapshotFrom<RunMachine>;

const compiled = new WeakMap<Scenario, RunMachine>();

/** The compiled machine for a scenario object, compiled once and reused. */
export function machineFor(scenario: Scenario): RunMachine {
  let machine = compiled.get(scenario);
  if (!machine) {
    machine = compileScenario(scenario);
    compiled.set(scenario, machine);
  }
  return machine;
}
