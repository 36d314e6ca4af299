/**
 * The projector's join screen for a live room: the address phones open, the room code in large
 * type and a QR code of the address with the code. The address comes from the server (the
 * addresses other devices can reach); on a server only this computer can reach, the screen says
 * so instead of showing `localhost`, and the facilitator can type the right address.
 */
import './projector.css';
import './live.css';
import { button, el } from '../../ui/kit';
import { planQrCode, qrModules, qrSvg } from '../../ui/debrief/qr';

/** The code in two halves, easier to read from the back of the room. */
export function spacedCode(code: string): string {
  const half = Math.ceil(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

export function joinUrl(base: string, code: string): string {
  const url = new URL(base);
  url.search = '';
  url.hash = `#join/${code}`;
  return url.toString();
}

function isLocal(base: string): boolean {
  try {
    const host = new URL(base).hostname;
    return host === 'localhost' || host.startsWith('127.') || host === '[::1]';
  } catch {
    return true;
  }
}

/** The address to offer: the server's first reachable one, else this page's unless it is local. */
export function defaultJoinBase(joinAddresses: readonly string[], page: string): string {
  if (joinAddresses[0]) return joinAddresses[0];
  return isLocal(page) ? '' : new URL('./', page).toString();
}

export interface JoinScreenOptions {
  code: string;
  roomName: string;
  base: string;
  joined: () => number;
  onBase: (base: string) => void;
}

function qrOf(url: string): HTMLElement | SVGSVGElement {
  const plan = planQrCode(url.length);
  if (!plan.fits) return el('p', { text: plan.message });
  return qrSvg(qrModules(url, plan.level), `QR code of ${url}`);
}

/** The parts of the join screen that change: the address and its QR code, the count, the base. */
function joinParts(base: string) {
  const baseInput = el('input', { attrs: { type: 'url', 'aria-label': 'Address phones use' } });
  baseInput.value = base;
  return {
    address: el('p', { className: 'fac-join-address' }),
    qr: el('div', { className: 'fac-join-qr' }),
    count: el('p', { className: 'fac-join-count', attrs: { 'aria-live': 'polite' } }),
    baseInput,
    heading: el('h2', {
      className: 'fac-projector-heading',
      text: 'Join the workshop',
      attrs: { tabindex: '-1' },
    }),
  };
}

type JoinParts = ReturnType<typeof joinParts>;

/** What people read from the back of the room: the steps, the address, the code, the count. */
function joinText(parts: JoinParts, code: string): HTMLElement {
  return el('div', { className: 'fac-join-text' }, [
    el('p', {
      className: 'fac-join-step',
      text: 'Open this address on your phone or scan the code:',
    }),
    parts.address,
    el('p', { className: 'fac-join-step', text: 'Room code' }),
    el('p', { className: 'fac-join-code', text: spacedCode(code), attrs: { 'data-code': code } }),
    parts.count,
  ]);
}

function joinOverlay(parts: JoinParts, options: JoinScreenOptions, close: () => void) {
  return el(
    'div',
    {
      className: 'facilitator fac-projector fac-join',
      attrs: {
        role: 'dialog',
        'aria-modal': 'true',
        'aria-label': `Join screen: ${options.roomName}`,
        'data-theme': 'light',
      },
    },
    [
      el('div', { className: 'fac-projector-top' }, [
        el('p', { className: 'fac-projector-scenario', text: options.roomName }),
      ]),
      parts.heading,
      el('div', { className: 'fac-join-main' }, [joinText(parts, options.code), parts.qr]),
      el('div', { className: 'fac-projector-bottom' }, [
        el('label', { className: 'fac-join-base' }, [
          el('span', { text: 'Address phones use: ' }),
          parts.baseInput,
        ]),
        el('div', { className: 'fac-projector-nav' }, [
          button('Close join screen', close, 'button'),
        ]),
      ]),
    ],
  );
}

/** The join address from the typed base, or why there is none to show. */
function joinTarget(base: string, code: string): { url: string } | { problem: string } {
  if (!base)
    return {
      problem:
        'Only this computer can reach the server. Restart it with HOST=0.0.0.0 (see the README), or type the address others use below.',
    };
  try {
    return { url: joinUrl(base, code) };
  } catch {
    return { problem: 'That address is not complete: it should start with http:// or https://.' };
  }
}

function drawAddress(parts: JoinParts, code: string): void {
  const target = joinTarget(parts.baseInput.value.trim(), code);
  parts.address.textContent = 'url' in target ? target.url : target.problem;
  parts.qr.replaceChildren(...('url' in target ? [qrOf(target.url)] : []));
}

export function openJoinScreen(options: JoinScreenOptions): { update(): void; close(): void } {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const parts = joinParts(options.base);
  const overlay = joinOverlay(parts, options, () => close());
  const update = () => {
    const joined = options.joined();
    parts.count.textContent =
      joined === 1 ? '1 person has joined.' : `${joined} people have joined.`;
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  function close(): void {
    document.removeEventListener('keydown', onKey);
    overlay.remove();
    opener?.focus();
  }
  parts.baseInput.addEventListener('change', () => {
    options.onBase(parts.baseInput.value.trim());
    drawAddress(parts, options.code);
  });
  document.addEventListener('keydown', onKey);
  document.body.append(overlay);
  drawAddress(parts, options.code);
  update();
  parts.heading.focus();
  return { update, close };
}
