/**
 * The built game from `dist/`. Hashed files under assets/ are cached for a year; the page, the
 * service worker and everything else are revalidated, so a new build reaches every device.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

export async function registerStatic(app: FastifyInstance, staticDir: string): Promise<boolean> {
  if (!existsSync(join(staticDir, 'index.html'))) {
    app.get('/', (_request, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The game is not built yet: run "npm run build" (npm start does it for you).'),
    );
    return false;
  }
  await app.register(fastifyStatic, {
    root: staticDir,
    index: ['index.html'],
    setHeaders(reply, path) {
      const immutable = path.includes(`${join('/', 'assets', '/')}`);
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  return true;
}
