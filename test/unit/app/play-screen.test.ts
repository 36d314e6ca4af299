// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createPlayScreen } from '../../../src/ui/screens/play';
import type { NodeView } from '../../../src/engine/run/types';

const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';

function decisionView(): NodeView {
  return {
    nodeId: 'counter',
    kind: 'decision',
    title: hostile,
    text: hostile,
    speaker: { id: 'dana', name: 'Dana', role: 'Agent' },
    choices: [
      { id: 'refund', text: hostile, number: 1 },
      { id: 'wait', text: 'Wait', number: 2 },
    ],
    deadline: 30_000,
    timeLimitMs: 30_000,
    meters: [{ id: 'trust', label: 'Trust', value: 55, min: 0, max: 100 }],
    scores: { customerFocus: 1, adaptability: 0, empowerment: 2 },
  };
}

function setup() {
  document.body.replaceChildren();
  const root = document.createElement('main');
  document.body.append(root);
  const screen = createPlayScreen(root, {
    scenarioTitle: 'Refund',
    stageLabel: 'Scene',
    onQuit: vi.fn(),
    onDownload: vi.fn(),
  });
  const handlers = { choose: vi.fn(), continue: vi.fn(), stepBack: vi.fn(), openDebrief: vi.fn() };
  screen.bind(handlers);
  return { root, screen, handlers };
}

describe('play screen', () => {
  it('shows file text as text, never as markup', () => {
    const { root, screen } = setup();
    screen.show(decisionView());
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('.node-text')?.textContent).toBe(hostile);
    expect(root.querySelector('h2')?.textContent).toBe(hostile);
  });

  it('numbers choices as buttons, picks them by key and moves focus to the heading', () => {
    const { root, screen, handlers } = setup();
    screen.show(decisionView());
    const buttons = [...root.querySelectorAll<HTMLButtonElement>('.choices button')];
    expect(buttons.map((b) => b.dataset.choiceId)).toEqual(['refund', 'wait']);
    expect(document.activeElement).toBe(root.querySelector('h2'));
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '2', bubbles: true }));
    expect(handlers.choose).toHaveBeenCalledWith('wait');
    document.dispatchEvent(new KeyboardEvent('keydown', { key: '3', bubbles: true }));
    expect(handlers.choose).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[data-meter-id="trust"]')?.getAttribute('data-value')).toBe('55');
  });

  it('continues a narrative with Enter and stops listening once destroyed', () => {
    const { screen, handlers } = setup();
    screen.show({
      ...decisionView(),
      kind: 'narrative',
      choices: [],
      deadline: null,
      timeLimitMs: null,
    });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(handlers.continue).toHaveBeenCalledTimes(1);
    screen.destroy();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(handlers.continue).toHaveBeenCalledTimes(1);
  });

  it('shows the countdown and announces its start and the last ten seconds', () => {
    const { root, screen } = setup();
    screen.show(decisionView());
    screen.setCountdown({ remainingMs: 30_000, totalMs: 30_000 });
    const status = root.querySelector('[role="status"]');
    expect(status?.textContent).toContain('30 seconds left');
    expect(root.querySelector('.countdown')?.textContent).toBe('Time: 30 seconds left');
    screen.setCountdown({ remainingMs: 9_500, totalMs: 30_000 });
    expect(status?.textContent).toBe('10 seconds left.');
    screen.setCountdown(null);
    expect(root.querySelector<HTMLElement>('.countdown')?.hidden).toBe(true);
  });
});
