/** Runs `xmllint --schema` (Debian package libxml2-utils) on a document; never touches the network. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const XSD_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'lms', 'xsd');

export const SCHEMAS = {
  scorm12: join(XSD_DIR, 'scorm12', 'all-namespaces.xsd'),
  scorm2004: join(XSD_DIR, 'scorm2004-4th', 'all-namespaces.xsd'),
  cmi5: join(XSD_DIR, 'cmi5', 'CourseStructure.xsd'),
} as const;

export interface Validation {
  valid: boolean;
  output: string;
}

export function validateXml(xml: string, schema: string): Validation {
  const dir = mkdtempSync(join(tmpdir(), 'lms-manifest-'));
  const file = join(dir, 'document.xml');
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
    encoding: 'utf8',
  });
  if (run.error)
    throw new Error(`xmllint could not run (install libxml2-utils): ${run.error.message}`);
  return { valid: run.status === 0, output: `${run.stdout}${run.stderr}` };
}
