/**
 * The facilitator area's addresses: `#facilitator`, `#facilitator/workshop/<id>` (its sessions),
 * `#facilitator/workshop/<id>/dashboard|replay|compare` and `#facilitator/room/<scenario id>`.
 * The shell owns `history`; the area reads its first address from the shell and reports every
 * change of place back to it. Pure.
 */
export const FACILITATOR_HASH = '#facilitator';

export const WORKSHOP_TABS = ['sessions', 'dashboard', 'replay', 'compare'] as const;
export type WorkshopTab = (typeof WORKSHOP_TABS)[number];

export type FacilitatorRoute =
  | { kind: 'home' }
  | { kind: 'workshop'; id: string; tab: WorkshopTab }
  | { kind: 'room'; scenarioId: string }
  /**
   * A live room (`#facilitator/live/<room id>`), or a new one (`#facilitator/live`). `key` comes
   * only from an address carrying the facilitator key (`…/<room id>/<key>`, to open the room on
   * another device); it is kept in this browser and never written back into the address.
   */
  | { kind: 'live'; roomId: string | null; key?: string };

export const HOME_ROUTE: FacilitatorRoute = { kind: 'home' };

/** True for `#facilitator` and every address under it. */
export function wantsFacilitator(hash: string): boolean {
  return hash === FACILITATOR_HASH || hash.startsWith(`${FACILITATOR_HASH}/`);
}

function isTab(text: string | undefined): text is WorkshopTab {
  return (WORKSHOP_TABS as readonly string[]).includes(text ?? '');
}

function part(text: string | undefined): string | null {
  if (!text) return null;
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The route an address names; anything unknown under #facilitator is the area's home. */
export function parseFacilitatorRoute(hash: string): FacilitatorRoute {
  if (!wantsFacilitator(hash)) return HOME_ROUTE;
  const [, kind, id, tab] = hash.slice(1).split('/');
  const name = part(id);
  if (kind === 'workshop' && name)
    return { kind: 'workshop', id: name, tab: isTab(tab) ? tab : 'sessions' };
  if (kind === 'room' && name) return { kind: 'room', scenarioId: name };
  if (kind === 'live') {
    const key = part(tab);
    return { kind: 'live', roomId: name, ...(name && key ? { key } : {}) };
  }
  return HOME_ROUTE;
}

export function facilitatorHash(route: FacilitatorRoute): string {
  if (route.kind === 'workshop') {
    const base = `${FACILITATOR_HASH}/workshop/${encodeURIComponent(route.id)}`;
    return route.tab === 'sessions' ? base : `${base}/${route.tab}`;
  }
  if (route.kind === 'room')
    return `${FACILITATOR_HASH}/room/${encodeURIComponent(route.scenarioId)}`;
  if (route.kind === 'live')
    return `${FACILITATOR_HASH}/live${route.roomId ? `/${encodeURIComponent(route.roomId)}` : ''}`;
  return FACILITATOR_HASH;
}

export function sameRoute(a: FacilitatorRoute, b: FacilitatorRoute): boolean {
  return facilitatorHash(a) === facilitatorHash(b);
}
