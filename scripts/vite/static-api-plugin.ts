/**
 * A static build has no live-room server, yet the page asks `api/live` whether one is there.
 * This file answers on a static host with a plain 200 that is not the server's JSON, so the page
 * offers no live rooms and no "404" lands in the console. The live server's own `/api/live`
 * route takes precedence over its static files, and the offline copy never keeps `api/`.
 */
import type { Plugin } from 'vite';

export const STATIC_API_FILE = 'api/live';

export function staticApiPlaceholderPlugin(): Plugin {
  return {
    name: 'static-api-placeholder',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: STATIC_API_FILE,
        source: 'No live-room server here: this copy of the game is served as static files.\n',
      });
    },
  };
}
