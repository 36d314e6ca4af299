// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderDebrief } from '../../../src/ui/debrief/index';
import { decodeResultCode } from '../../../src/engine/session/result-code';
import { analysis, makeLog, makeProfile, scenario } from './fixtures';

function render(earlier: Parameters<typeof renderDebrief>[1]['earlier'] = []): HTMLElement {
  const root = document.createElement('main');
  document.body.replaceChildren(root);
  renderDebrief(root, {
    scenario,
    scoring: analysis,
    profile: makeProfile(),
    log: makeLog(),
    earlier,
  });
  return root;
}

function tableRows(root: HTMLElement, caption: string): string[][] {
  const match = [...root.querySelectorAll('table')].find(
    (table) => table.caption?.textContent === caption,
  );
  if (!match) throw new Error(`no table "${caption}"`);
  return [...match.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''),
  );
}

function sectionNamed(root: HTMLElement, title: string): HTMLElement {
  const heading = [...root.querySelectorAll('h2')].find(
    (candidate) => candidate.textContent === title,
  );
  const wrapper = heading?.closest('section');
  if (!wrapper) throw new Error(`no section "${title}"`);
  return wrapper;
}

function buttonNamed(root: HTMLElement, name: string): HTMLButtonElement {
  const match = [...root.querySelectorAll('button')].find(
    (candidate) => candidate.textContent === name,
  );
  if (!match) throw new Error(`no button "${name}"`);
  return match;
}

describe('renderDebrief', () => {
  beforeEach(() => {
    document.body.replaceChildren();
  });

  it("shows the profile's numbers in the score table and the chart", () => {
    const root = render();
    // Each score now carries its band (issue 13).
    expect(tableRows(root, 'Your scores')).toEqual([
      ['Customer focus', '75', 'strong'],
      ['Adaptability', 'not measured', '—'],
      ['Empowerment', '33', 'emerging'],
    ]);
    const how = sectionNamed(root, 'Your leadership scores').textContent ?? '';
    expect(how).toContain(
      'Customer focus: you scored +1 point; runs of this scenario range from −2 to +2, so +1 sits at 75 of 100.',
    );
    expect(how).toContain(
      'Adaptability: no choice in this scenario moves it, so it is not measured.',
    );
    expect(how).toContain(
      'Bands: emerging 0–39, developing 40–69, strong 70–84, exemplary 85–100.',
    );
    expect(how).toContain('it is not a test, and it should not be used to select');
    const chart = root.querySelector('.debrief-chart[role="img"]');
    expect(chart?.getAttribute('aria-label')).toBe(
      'Scores out of 100: Customer focus 75, Adaptability not measured, Empowerment 33',
    );
    const fill = (dimension: string) =>
      chart?.querySelector<HTMLElement>(`[data-dimension="${dimension}"] .bar-fill`);
    expect(fill('customerFocus')?.style.width).toBe('75%');
    expect(fill('customerFocus')?.style.background).toContain('--dim-customerFocus');
    // Not measured: an empty track, no bar.
    expect(fill('adaptability')?.style.width).toBe('');
  });

  it('shows the ending, the archetype, key moments with the better alternative, and principles', () => {
    const root = render();
    expect(sectionNamed(root, 'How it ended').textContent).toContain(
      'A negative ending: Form filed',
    );
    expect(sectionNamed(root, 'Your leadership pattern').querySelector('h3')?.textContent).toBe(
      'The Customer Advocate',
    );
    const moments = sectionNamed(root, 'Key moments');
    expect([...moments.querySelectorAll('h3')].map((h) => h.textContent)).toEqual([
      'Ask Dana to fill in the approval form.',
    ]);
    // Changed on purpose: the effect now gives the numbers, not a "the most" ranking.
    expect(moments.textContent).toContain('This decision: Customer focus −2, Empowerment −3.');
    expect(moments.textContent).toContain('The time ran out here');
    expect(moments.textContent).toContain(
      'A stronger option you had: Tell Dana to solve it with her budget. (10 points more in total)',
    );
    const principles = sectionNamed(root, 'Principles to revisit');
    // Changed on purpose: the principle of the better option passed over, not of the choice taken.
    expect(principles.querySelector('dt')?.textContent).toBe('Empower the front line');
    expect(principles.textContent).toContain(
      'Passed over: “Tell Dana to solve it with her budget.” (10 points).',
    );
    expect(principles.textContent).not.toContain('unknown-principle');
  });

  it('shows timing, meters and the best-run comparison from the profile', () => {
    const root = render();
    expect(tableRows(root, 'Decisions and time')).toEqual([
      ['Decisions made', '4'],
      ['Average time per decision (seconds)', '8.3'],
      ['Decisions under time pressure', '2'],
      ['Time ran out', '1'],
    ]);
    expect(tableRows(root, 'Meters at the start and at the end')).toEqual([
      ['Customer trust', '50', '35', '−15'],
      ['Team morale', '60', '72', '+12'],
    ]);
    expect(tableRows(root, 'Your score and the best possible run')).toEqual([
      ['Customer focus', '75', '100', '25'],
      ['Adaptability', 'not measured', 'not measured', '—'],
      ['Empowerment', '33', '100', '67'],
    ]);
  });

  it('compares first and latest only when there are earlier attempts', () => {
    expect(render().textContent).not.toContain('Your first attempt and this one');
    const first = makeProfile({
      dimensions: {
        customerFocus: { dimension: 'customerFocus', raw: 0, min: -2, max: 2, normalised: 50 },
        adaptability: { dimension: 'adaptability', raw: 0, min: 0, max: 0, normalised: null },
        empowerment: { dimension: 'empowerment', raw: 0, min: -3, max: 3, normalised: 50 },
      },
    });
    const root = render([{ log: makeLog(), profile: first }]);
    expect(tableRows(root, 'First attempt and latest attempt')).toEqual([
      ['Customer focus', '50', '75', '+25'],
      ['Adaptability', 'not measured', 'not measured', '—'],
      ['Empowerment', '50', '33', '−17'],
    ]);
  });

  it('never parses scenario text as HTML', () => {
    const root = document.createElement('main');
    const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const profile = makeProfile({
      ending: { nodeId: 'wrap', title: hostile, text: hostile, outcome: 'mixed' },
    });
    renderDebrief(root, {
      scenario: { ...scenario, role: hostile },
      scoring: analysis,
      profile,
      log: makeLog(),
      earlier: [],
    });
    expect(root.querySelector('img, script')).toBeNull();
    expect(root.textContent).toContain(hostile);
  });

  it('shows the result code with a working QR code, and checks a pasted code', () => {
    const root = render();
    const toggle = buttonNamed(root, 'Show result code');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const field = root.querySelector<HTMLTextAreaElement>('textarea.debrief-code-text');
    const decoded = decodeResultCode(field?.value ?? '');
    expect(decoded.ok && decoded.log).toEqual(makeLog());
    expect(root.querySelector('svg.debrief-qr')?.getAttribute('aria-label')).toBe(
      'QR code of your result code',
    );

    const reader = root.querySelector<HTMLFormElement>('form.debrief-reader');
    const pasted = reader?.querySelector('textarea');
    const status = reader?.querySelector('[role="status"]');
    if (!reader || !pasted || !status) throw new Error('no reader');
    pasted.value = `${field?.value.slice(0, 20)}X${field?.value.slice(21)}`;
    reader.requestSubmit();
    expect(status.getAttribute('data-result')).toBe('refused');
    expect(status.textContent).toMatch(/^Code refused\. .*typo/);
    pasted.value = field?.value ?? '';
    reader.requestSubmit();
    expect(status.textContent).toBe('Code accepted: it holds this session (2 recorded steps).');
  });

  it('prints with window.print and downloads the session file as JSON', async () => {
    const root = render();
    const originalPrint = window.print;
    const print = vi.fn();
    window.print = print;
    buttonNamed(root, 'Print report').click();
    expect(print).toHaveBeenCalledOnce();
    const created: Blob[] = [];
    // happy-dom has no object URLs: stand in for the browser's, recording what was offered.
    const objectUrls = {
      createObjectURL: URL.createObjectURL,
      revokeObjectURL: URL.revokeObjectURL,
    };
    URL.createObjectURL = (blob: Blob) => {
      created.push(blob);
      return 'blob:session';
    };
    URL.revokeObjectURL = () => undefined;
    buttonNamed(root, 'Download session file').click();
    expect(created).toHaveLength(1);
    expect(JSON.parse(await created[0]!.text())).toEqual(makeLog());
    Object.assign(URL, objectUrls);
    window.print = originalPrint;
  });
});
