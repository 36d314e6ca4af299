/**
 * `npm run package:lms` end to end for one scenario: a real Vite build in package mode, zipped.
 * The zip holds the game for that scenario only, with relative URLs, no service worker, and a
 * manifest that lists exactly the files beside it and validates against the XSD.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { buildPackages, parsePackageCommand } from '../../../scripts/lms/package';
import { SCENARIO_DIR, readJson, scenarioFileNames } from '../../scenarios/library-files';
import { SCHEMAS, validateXml } from './xmllint';

const SCENARIO_ID = 'saturday-returns';
const outDir = mkdtempSync(join(tmpdir(), 'lms-packages-'));
let zips: Record<string, Record<string, Uint8Array>> = {};

const otherTitles = scenarioFileNames()
  .map(
    (name) => readJson(join(SCENARIO_DIR, name)) as { id: string; title: string; summary: string },
  )
  .filter((scenario) => scenario.id !== SCENARIO_ID);

beforeAll(async () => {
  const command = parsePackageCommand([
    SCENARIO_ID,
    '--mastery',
    '80',
    '--standard',
    'scorm12',
    '--standard',
    'cmi5',
    '--out',
    outDir,
  ]);
  const built = await buildPackages(command);
  zips = Object.fromEntries(
    built.map(({ file }) => [file.slice(outDir.length + 1), unzipSync(readFileSync(file))]),
  );
}, 120_000);

function text(zip: Record<string, Uint8Array>, name: string): string {
  return strFromU8(zip[name] as Uint8Array);
}

describe('an LMS package', () => {
  it('is written for each standard asked for', () => {
    expect(Object.keys(zips).sort()).toEqual([
      `${SCENARIO_ID}-cmi5.zip`,
      `${SCENARIO_ID}-scorm12.zip`,
    ]);
  });

  it('has a manifest that lists exactly its game files and validates', () => {
    const zip = zips[`${SCENARIO_ID}-scorm12.zip`] ?? {};
    const manifest = text(zip, 'imsmanifest.xml');
    expect(validateXml(manifest, SCHEMAS.scorm12).valid).toBe(true);
    const listed = [...manifest.matchAll(/<file href="([^"]+)"\/>/g)]
      .map((match) => match[1])
      .sort();
    const gameFiles = Object.keys(zip).filter(
      (name) => !/\.(xsd|dtd)$/.test(name) && name !== 'imsmanifest.xml',
    );
    expect(listed).toEqual(gameFiles.sort());
    expect(manifest).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(Object.keys(zip)).toContain('adlcp_rootv1p2.xsd');
    expect(
      validateXml(text(zips[`${SCENARIO_ID}-cmi5.zip`] ?? {}, 'cmi5.xml'), SCHEMAS.cmi5).valid,
    ).toBe(true);
  });

  it('holds only its own scenario', () => {
    const zip = zips[`${SCENARIO_ID}-scorm12.zip`] ?? {};
    const code = Object.entries(zip)
      .filter(([name]) => name.endsWith('.js'))
      .map(([, bytes]) => strFromU8(bytes))
      .join('\n');
    const own = readJson(join(SCENARIO_DIR, `${SCENARIO_ID}.json`)) as { title: string };
    expect(code).toContain(own.title);
    expect(otherTitles.length).toBeGreaterThan(0);
    for (const other of otherTitles) expect(code).not.toContain(other.summary);
  });

  it('uses relative URLs, registers no service worker and keeps requests inside', () => {
    for (const zip of Object.values(zips)) {
      const html = text(zip, 'index.html');
      expect(html).not.toMatch(/(src|href)="\//);
      expect(html).toMatch(/src="\.\/assets\//);
      expect(Object.keys(zip)).not.toContain('sw.js');
    }
    expect(text(zips[`${SCENARIO_ID}-scorm12.zip`] ?? {}, 'index.html')).toContain(
      "connect-src 'self' data:",
    );
    // cmi5 talks to the LRS the LMS names at launch, wherever it is.
    expect(text(zips[`${SCENARIO_ID}-cmi5.zip`] ?? {}, 'index.html')).toContain(
      "connect-src 'self' https: http:",
    );
  });

  it('refuses unknown ids and bad options in plain words', () => {
    expect(() => parsePackageCommand(['--mastery', '101'])).toThrow(/whole number from 0 to 100/);
    expect(() => parsePackageCommand(['--standard', 'aicc'])).toThrow(/scorm12, scorm2004, cmi5/);
    return expect(
      buildPackages(parsePackageCommand(['no-such-thing', '--out', outDir])),
    ).rejects.toThrow(/neither a scenario nor a track/);
  });
});
