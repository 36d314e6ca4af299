/**
 * Finding the LMS's SCORM API object the way both standards describe it: look in this window,
 * then up the chain of parents (at most 7 levels, as ADL's sample code does), then in the
 * window that opened this one and its parents. A parent on another origin cannot be read
 * (the browser throws), which ends the search up that chain.
 */
export type ScormApiName = 'API' | 'API_1484_11';

const MAX_PARENTS = 7;

function readApi(win: Window, name: ScormApiName): unknown {
  try {
    const value = (win as unknown as Record<string, unknown>)[name];
    return value !== null && typeof value === 'object' ? value : undefined;
  } catch {
    return undefined; // another origin
  }
}

function parentOf(win: Window): Window | null {
  try {
    return win.parent && win.parent !== win ? win.parent : null;
  } catch {
    return null;
  }
}

function searchChain(start: Window, name: ScormApiName): unknown {
  let current: Window | null = start;
  for (let level = 0; current && level <= MAX_PARENTS; level += 1) {
    const api = readApi(current, name);
    if (api) return api;
    current = parentOf(current);
  }
  return undefined;
}

function openerOf(win: Window): Window | null {
  try {
    return win.opener ?? null;
  } catch {
    return null;
  }
}

export function findScormApi(win: Window, name: ScormApiName): unknown {
  const inChain = searchChain(win, name);
  if (inChain) return inChain;
  const opener = openerOf(win);
  return opener ? searchChain(opener, name) : undefined;
}
