/**
 * Security headers on every response. The Content-Security-Policy is the one the build puts in
 * index.html's meta tag (read from the built page, so there is one source), sent as a header
 * with what a meta tag cannot carry: `frame-ancestors 'none'` (no framing, no clickjacking).
 * `connect-src 'self'` already covers the real-time channel: 'self' matches ws:/wss: on the same host.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** index.html's policy, for a server started without a build (tests, API-only). */
export const DEFAULT_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; " +
  "font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self' data: blob:; " +
  "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'none'";

const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i;

export function pageCspFrom(indexHtml: string | null): string {
  const found = indexHtml === null ? null : META_CSP.exec(indexHtml);
  return found?.[1]?.replace(/\s+/g, ' ').trim() ?? DEFAULT_PAGE_CSP;
}

export function readPageCsp(staticDir: string): string {
  try {
    return pageCspFrom(readFileSync(join(staticDir, 'index.html'), 'utf8'));
  } catch {
    return DEFAULT_PAGE_CSP;
  }
}

export function securityHeaders(pageCsp: string): Record<string, string> {
  return {
    'content-security-policy': `${pageCsp.replace(/;\s*$/, '')}; frame-ancestors 'none'`,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}
