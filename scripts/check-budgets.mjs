#!/usr/bin/env node
/**
 * Byte budgets, checked on a production build (`npm run build`, then `npm run check:budgets`).
 * Deterministic: it reads `dist/` only, never a browser or the network.
 *
 * - critical-path JS: the entry script(s) of index.html, its modulepreloads and every static
 *   import they pull in, gzip-compressed: what must arrive before the title screen can run;
 * - first-visit transfer: every file of `dist/` except sourcemaps (title, first play, Phaser,
 *   art, fonts, audio), text types gzip-compressed as `vite preview` and any static host
 *   serve them, binary types as they are;
 * - audio: the audio files plus any sound Vite inlined into a script or stylesheet.
 *
 * 1 KB = 1,000 bytes and 1 MB = 1,000,000 bytes (the stricter reading of the budgets).
 * Usage: node scripts/check-budgets.mjs [--dist DIR] [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGETS = {
  criticalJsGzipBytes: 120_000,
  firstVisitTransferBytes: 1_500_000,
  audioBytes: 500_000,
};

/** Types a server compresses (the same rule as `vite preview`'s compression: text, JS, JSON, XML). */
const COMPRESSED_EXTENSIONS = new Set([
  '.js',
  '.mjs',
  '.css',
  '.html',
  '.svg',
  '.json',
  '.txt',
  '.xml',
  '.webmanifest',
]);
const AUDIO_EXTENSIONS = new Set([
  '.wav',
  '.mp3',
  '.ogg',
  '.oga',
  '.opus',
  '.m4a',
  '.aac',
  '.webm',
  '.flac',
]);
const FONT_EXTENSIONS = new Set(['.woff', '.woff2', '.ttf', '.otf']);
const IMAGE_EXTENSIONS = new Set([
  '.svg',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.avif',
  '.gif',
  '.ico',
]);

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(dir, path) : [path];
  });
}

export function gzipBytes(content) {
  return gzipSync(content).length;
}

/** The bytes a browser downloads for this file (before HTTP headers). */
function transferBytes(path, content) {
  return COMPRESSED_EXTENSIONS.has(extname(path)) ? gzipBytes(content) : content.length;
}

function kindOf(path) {
  const extension = extname(path);
  if (extension === '.js' || extension === '.mjs') return 'script';
  if (extension === '.css') return 'style';
  if (extension === '.html') return 'document';
  if (AUDIO_EXTENSIONS.has(extension)) return 'audio';
  if (FONT_EXTENSIONS.has(extension)) return 'font';
  if (IMAGE_EXTENSIONS.has(extension)) return 'image';
  return 'other';
}

/** Local module URLs named by a tag attribute in the HTML (relative to dist, leading ./ or / removed). */
function htmlReferences(html, tagPattern) {
  const references = [];
  for (const tag of html.match(tagPattern) ?? []) {
    const url = /\s(?:src|href)=["']([^"']+)["']/.exec(tag)?.[1];
    if (url && !/^[a-z]+:|^\/\//i.test(url))
      references.push(posix.normalize(url.replace(/^\//, '')));
  }
  return references;
}

/** The entry scripts of index.html: module scripts and modulepreload links. */
export function entryScripts(html) {
  return [
    ...htmlReferences(html, /<script\b[^>]*\btype=["']module["'][^>]*>/gi),
    ...htmlReferences(html, /<link\b[^>]*\brel=["']modulepreload["'][^>]*>/gi),
  ];
}

/** Static imports and re-exports of an ES module (`import x from "./a.js"`, `import "./b.js"`). */
export function staticImports(code) {
  const specifiers = new Set();
  const patterns = [/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g, /\bimport\s*["'](\.{1,2}\/[^"']+)["']/g];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) specifiers.add(match[1]);
  }
  return [...specifiers];
}

/** The entry scripts and, transitively, everything they import statically. */
export function criticalScripts(distDir, html) {
  const seen = new Set();
  const pending = entryScripts(html);
  while (pending.length > 0) {
    const path = pending.pop();
    if (seen.has(path) || !existsSync(join(distDir, path))) continue;
    seen.add(path);
    const code = readFileSync(join(distDir, path), 'utf8');
    for (const specifier of staticImports(code)) {
      pending.push(posix.normalize(posix.join(posix.dirname(path), specifier)));
    }
  }
  return [...seen].sort();
}

/** Bytes of audio Vite inlined as data URIs (small sounds), decoded from base64. */
function inlinedAudioBytes(text) {
  let bytes = 0;
  for (const match of text.matchAll(/data:audio\/[\w.+-]+;base64,([A-Za-z0-9+/=]+)/g)) {
    bytes += Math.floor((match[1].length * 3) / 4);
  }
  return bytes;
}

/** Every figure the budgets need, read from a build directory. */
export function measureDist(distDir) {
  const indexPath = join(distDir, 'index.html');
  if (!existsSync(indexPath)) {
    throw new Error(`${indexPath} not found: run "npm run build" first.`);
  }
  const files = listFiles(distDir)
    .filter((path) => !path.endsWith('.map'))
    .map((path) => {
      const content = readFileSync(join(distDir, path));
      return {
        path,
        kind: kindOf(path),
        bytes: content.length,
        transferBytes: transferBytes(path, content),
        content,
      };
    });
  const critical = criticalScripts(distDir, readFileSync(indexPath, 'utf8'));
  const byPath = new Map(files.map((file) => [file.path, file]));
  const criticalFiles = critical.map((path) => byPath.get(path)).filter(Boolean);
  const textFiles = files.filter((file) => file.kind === 'script' || file.kind === 'style');
  const inlinedAudio = textFiles.reduce(
    (sum, file) => sum + inlinedAudioBytes(file.content.toString('utf8')),
    0,
  );
  const sum = (list, key) => list.reduce((total, file) => total + file[key], 0);
  const byKind = {};
  for (const file of files) {
    const entry = (byKind[file.kind] ??= { files: 0, bytes: 0, transferBytes: 0 });
    entry.files += 1;
    entry.bytes += file.bytes;
    entry.transferBytes += file.transferBytes;
  }
  return {
    distDir: resolve(distDir),
    criticalScripts: critical,
    criticalJsBytes: sum(criticalFiles, 'bytes'),
    criticalJsGzipBytes: sum(criticalFiles, 'transferBytes'),
    firstVisitBytes: sum(files, 'bytes'),
    firstVisitTransferBytes: sum(files, 'transferBytes'),
    audioBytes:
      sum(
        files.filter((file) => file.kind === 'audio'),
        'bytes',
      ) + inlinedAudio,
    inlinedAudioBytes: inlinedAudio,
    byKind,
    files: files.map(({ path, kind, bytes, transferBytes: transfer }) => ({
      path,
      kind,
      bytes,
      transferBytes: transfer,
    })),
  };
}

/** One plain sentence per budget the build goes over; empty when it keeps them all. */
export function checkBudgets(figures, budgets = BUDGETS) {
  const problems = [];
  const over = (what, value, limit) =>
    problems.push(
      `${what} is ${formatBytes(value)}, over its budget of ${formatBytes(limit)} by ${formatBytes(value - limit)}.`,
    );
  if (figures.criticalJsGzipBytes > budgets.criticalJsGzipBytes)
    over(
      'Critical-path JavaScript (gzip)',
      figures.criticalJsGzipBytes,
      budgets.criticalJsGzipBytes,
    );
  if (figures.firstVisitTransferBytes > budgets.firstVisitTransferBytes)
    over('First-visit transfer', figures.firstVisitTransferBytes, budgets.firstVisitTransferBytes);
  if (figures.audioBytes > budgets.audioBytes)
    over('Audio', figures.audioBytes, budgets.audioBytes);
  return problems;
}

export function formatBytes(bytes) {
  if (Math.abs(bytes) >= 1_000_000) return `${(bytes / 1_000_000).toFixed(2)} MB`;
  return `${(bytes / 1_000).toFixed(1)} KB`;
}

function report(figures, budgets) {
  const rows = [
    ['critical-path JS (gzip)', figures.criticalJsGzipBytes, budgets.criticalJsGzipBytes],
    ['first-visit transfer', figures.firstVisitTransferBytes, budgets.firstVisitTransferBytes],
    ['audio', figures.audioBytes, budgets.audioBytes],
  ];
  console.log(`Byte budgets for ${relative(process.cwd(), figures.distDir) || '.'}`);
  for (const [name, value, limit] of rows) {
    const verdict = value <= limit ? 'ok' : 'OVER';
    console.log(
      `  ${name.padEnd(26)} ${formatBytes(value).padStart(10)}  budget ${formatBytes(limit).padStart(9)}  ${verdict}`,
    );
  }
  console.log(`  critical-path scripts: ${figures.criticalScripts.join(', ') || '(none found)'}`);
  const kinds = Object.entries(figures.byKind)
    .map(([kind, entry]) => `${kind} ${formatBytes(entry.transferBytes)}`)
    .join(', ');
  console.log(`  transfer by kind: ${kinds}`);
}

function parseArguments(argv) {
  const options = { dist: 'dist', json: false };
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--json') options.json = true;
    else if (argv[index] === '--dist') options.dist = argv[++index] ?? options.dist;
  }
  return options;
}

function main() {
  const options = parseArguments(process.argv.slice(2));
  let figures;
  try {
    figures = measureDist(options.dist);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    return 1;
  }
  if (options.json) console.log(JSON.stringify({ ...figures, budgets: BUDGETS }, null, 2));
  else report(figures, BUDGETS);
  const problems = checkBudgets(figures);
  for (const problem of problems) console.error(`Over budget: ${problem}`);
  return problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main();
}
