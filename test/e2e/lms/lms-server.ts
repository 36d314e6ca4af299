/**
 * The test LMS for the package e2e spec (package-in-lms.lms.ts), on 127.0.0.1:
 * - `/` the LMS page (host.html + host.js): scorm-again as `window.API` / `API_1484_11`, the
 *   course in a frame; `?standard=scorm12&package=<zip name>&key=<learner attempt>`;
 * - `/packages/<zip name>/…` every zip in dist-lms/, unzipped, served from a nested path as an
 *   LMS would (build them first: `npm run package:lms -- <ids>`);
 * - `/lms/data/<key>` what the LMS keeps per attempt: scorm-again commits it here (POST) and the
 *   host page reads it back on the next launch (GET); DELETE forgets it;
 * - `/cmi5/launch?package=…&registration=…` the launch query for a cmi5 package, against the
 *   test LRS (test/support/test-lrs.ts) on its own port; `/cmi5/statements` what it received;
 * - `/packages/probe-<standard>/` the adapter probe (probe/): the engine and src/lms without the
 *   game's screens, built here with Vite, so the adapter is tested in a real frame before the
 *   shell calls it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';
import { unzipSync } from 'fflate';
import { build } from 'vite';
import { startTestLrs } from '../../support/test-lrs';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PACKAGES_DIR = join(ROOT, 'dist-lms');
const port = Number(process.env.E2E_PORT ?? 4174);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
};

function loadPackages(): Map<string, Record<string, Uint8Array>> {
  if (!existsSync(PACKAGES_DIR)) {
    throw new Error(
      'No dist-lms/ folder: run `npm run package:lms -- <ids>` before the LMS e2e spec.',
    );
  }
  const packages = new Map<string, Record<string, Uint8Array>>();
  for (const name of readdirSync(PACKAGES_DIR).filter((file) => file.endsWith('.zip'))) {
    packages.set(name.slice(0, -4), unzipSync(readFileSync(join(PACKAGES_DIR, name))));
  }
  return packages;
}

function reply(
  response: ServerResponse,
  status: number,
  body: string | Uint8Array,
  type = 'application/json',
): void {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => resolve(body));
  });
}

/** The probe page, built once per server start and served like a package of each standard. */
async function buildProbe(): Promise<Record<string, Uint8Array>> {
  const outDir = join(PACKAGES_DIR, '.probe');
  await build({
    root: join(import.meta.dirname, 'probe'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    resolve: { alias: [{ find: /^@xapi\/cmi5$/, replacement: '@xapi/cmi5/dist/Cmi5.esm.js' }] },
    build: { outDir, emptyOutDir: true, target: 'es2022' },
  });
  const files: Record<string, Uint8Array> = {};
  for (const file of readdirSync(outDir, { recursive: true, encoding: 'utf8' })) {
    const path = join(outDir, file);
    if (statSync(path).isFile()) files[file.split(sep).join('/')] = readFileSync(path);
  }
  return files;
}

const packages = loadPackages();
const probe = await buildProbe();
for (const standard of ['scorm12', 'scorm2004', 'cmi5']) packages.set(`probe-${standard}`, probe);
const attempts = new Map<string, string>();
const lrs = await startTestLrs();

const HOST_FILES: Record<string, [string, string]> = {
  '/': [join(import.meta.dirname, 'host.html'), TYPES['.html']!],
  '/host.js': [join(import.meta.dirname, 'host.js'), TYPES['.js']!],
  '/scorm-again.js': [
    join(ROOT, 'node_modules', 'scorm-again', 'dist', 'scorm-again.min.js'),
    TYPES['.js']!,
  ],
};

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
  const host = HOST_FILES[url.pathname];
  if (host) return reply(response, 200, readFileSync(host[0]), host[1]);
  const data = /^\/lms\/data\/([\w.-]+)$/.exec(url.pathname);
  if (data) {
    const key = data[1]!;
    if (request.method === 'GET') return reply(response, 200, attempts.get(key) ?? '{}');
    if (request.method === 'DELETE') attempts.delete(key);
    else attempts.set(key, await readBody(request));
    return reply(response, 200, JSON.stringify({ result: true, errorCode: 0 }));
  }
  if (url.pathname === '/cmi5/launch') {
    const { search } = lrs.launch({
      registration: url.searchParams.get('registration') ?? '',
      activityId: `urn:customer-lead-sim:package:${url.searchParams.get('package') ?? ''}:au`,
      masteryScore: 0.7,
    });
    return reply(response, 200, JSON.stringify({ search }));
  }
  if (url.pathname === '/cmi5/statements')
    return reply(response, 200, JSON.stringify(lrs.statements));
  const file = /^\/packages\/([\w.-]+)\/(.*)$/.exec(url.pathname);
  const files = file ? packages.get(file[1]!) : undefined;
  const bytes = file && files ? files[decodeURIComponent(file[2] || 'index.html')] : undefined;
  if (bytes)
    return reply(response, 200, bytes, TYPES[extname(url.pathname)] ?? 'application/octet-stream');
  reply(response, 404, 'not found', 'text/plain');
}

createServer((request, response) => void handle(request, response)).listen(
  port,
  '127.0.0.1',
  () => {
    console.log(
      `Test LMS on http://127.0.0.1:${port}/ with ${packages.size} packages; LRS at ${lrs.endpoint}`,
    );
  },
);
