/**
 * index.html carries the strict Content-Security-Policy the production build ships with.
 * Vite's dev server injects CSS as <style> elements, so in dev only the policy also allows
 * inline styles; the built page keeps the strict policy untouched.
 */
import type { Plugin } from 'vite';

export function relaxCspForDevPlugin(): Plugin {
  return {
    name: 'relax-csp-for-dev',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}
