/**
 * Writes `sw.js` into the build: the service worker in src/offline/service-worker.js with this
 * build's file list and a version that changes whenever any file does. src/services/offline.ts
 * registers it after the page has loaded.
 *
 * Why not Workbox (vite-plugin-pwa): it was tried first and works, but its build side pulls in
 * rollup, whose platform packages the npm registry mirror these machines use does not carry;
 * `npm ci` then refuses the lock file. The worker needed here is forty lines.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';

export const SERVICE_WORKER_FILE = 'sw.js';

/** Every file under `dir`, as paths relative to it with forward slashes. */
function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? filesUnder(path).map((file) => `${name}/${file}`)
      : [name];
  });
}

/** The files a build serves, sourcemaps and the worker itself left out, in a stable order. */
export function filesToKeep(outDirFiles: readonly string[]): string[] {
  return (
    [...new Set(outDirFiles)]
      .map((file) => file.split(sep).join('/'))
      // `api/` belongs to the live server when there is one: never answered from the offline copy.
      .filter(
        (file) =>
          !file.endsWith('.map') && file !== SERVICE_WORKER_FILE && !file.startsWith('api/'),
      )
      .sort()
  );
}

/** The worker's source for these files: the version hashes every file's bytes. */
export function serviceWorkerSource(
  template: string,
  files: readonly string[],
  read: (file: string) => Buffer | string,
): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update('\0').update(read(file)).update('\0');
  const version = hash.digest('hex').slice(0, 16);
  return template
    .replace("'__BUILD_VERSION__'", JSON.stringify(version))
    .replace("['__BUILD_FILES__']", JSON.stringify(files));
}

export function offlinePlugin(templatePath: string): Plugin {
  let config: ResolvedConfig | undefined;
  return {
    name: 'offline-service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    // After everything else is on disk, public files included.
    closeBundle() {
      if (!config) return;
      const outDir = join(config.root, config.build.outDir);
      const files = filesToKeep(filesUnder(outDir));
      const source = serviceWorkerSource(readFileSync(templatePath, 'utf8'), files, (file) =>
        readFileSync(join(outDir, file)),
      );
      writeFileSync(join(outDir, SERVICE_WORKER_FILE), source);
      config.logger.info(
        `${relative(config.root, join(outDir, SERVICE_WORKER_FILE))}: keeps ${files.length} files for offline use`,
      );
    },
  };
}
