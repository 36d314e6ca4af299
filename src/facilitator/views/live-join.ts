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

export function openJoinScreen(options: JoinScreenOptions): { update(): void; close(): void } {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const address = el('p', { className: 'fac-join-address' });
  const qr = el('div', { className: 'fac-join-qr' });
  const count = el('p', { className: 'fac-join-count', attrs: { 'aria-live': 'polite' } });
  const baseInput = el('input', { attrs: { type: 'url', 'aria-label': 'Address phones use' } });
  baseInput.value = options.base;
  const heading = el('h2', {
    className: 'fac-projector-heading',
    text: 'Join the workshop',
    attrs: { tabindex: '-1' },
  });
  const overlay = el(
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
      heading,
      el('div', { className: 'fac-join-main' }, [
        el('div', { className: 'fac-join-text' }, [
          el('p', {
            className: 'fac-join-step',
            text: 'Open this address on your phone or scan the code:',
          }),
          address,
          el('p', { className: 'fac-join-step', text: 'Room code' }),
          el('p', {
            className: 'fac-join-code',
            text: spacedCode(options.code),
            attrs: { 'data-code': options.code },
          }),
          count,
        ]),
        qr,
      ]),
      el('div', { className: 'fac-projector-bottom' }, [
        el('label', { className: 'fac-join-base' }, [
          el('span', { text: 'Address phones use: ' }),
          baseInput,
        ]),
        el('div', { className: 'fac-projector-nav' }, [
          button('Close join screen', () => close(), 'button'),
        ]),
      ]),
    ],
  );
  const draw = () => {
    const base = baseInput.value.trim();
    if (!base) {
      address.textContent =
        'Only this computer can reach the server. Restart it with HOST=0.0.0.0 (see the README), or type the address others use below.';
      qr.replaceChildren();
      return;
    }
    let url: string;
    try {
      url = joinUrl(base, options.code);
    } catch {
      address.textContent =
        'That address is not complete: it should start with http:// or https://.';
      qr.replaceChildren();
      return;
    }
    address.textContent = url;
    qr.replaceChildren(qrOf(url));
  };
  const update = () => {
    const joined = options.joined();
    count.textContent = joined === 1 ? '1 person has joined.' : `${joined} people have joined.`;
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') close();
  };
  function close(): void {
    document.removeEventListener('keydown', onKey);
    overlay.remove();
    opener?.focus();
  }
  baseInput.addEventListener('change', () => {
    options.onBase(baseInput.value.trim());
    draw();
  });
  document.addEventListener('keydown', onKey);
  document.body.append(overlay);
  draw();
  update();
  heading.focus();
  return { update, close };
}
