/**
 * Every manifest the package builder writes, from the one typed description, validates against
 * the standard's own XSD (xmllint), for a tricky description and for every scenario and track
 * of the library; and the validator really checks (a broken document fails).
 */
import { describe, expect, it } from 'vitest';
import {
  cmi5CourseStructure,
  LMS_STANDARDS,
  manifestFor,
  scorm12Manifest,
  scorm2004Manifest,
  type PackageDescription,
} from '../../../scripts/lms/manifest';
import { describeLibraryPackages } from '../../../scripts/lms/describe';
import { SCENARIO_DIR } from '../../scenarios/library-files';
import { SCHEMAS, validateXml } from './xmllint';

const tricky: PackageDescription = {
  id: '7-day-trial',
  kind: 'scenario',
  title: 'Returns & refunds: "the <counter>" — it\'s yours',
  description: 'Ünïcödé, ampersands & angle brackets <b>stay text</b>.',
  masteryScore: 70,
  launchFile: 'index.html',
  files: ['index.html', 'assets/index-abc.js', 'assets/font & more.woff2'],
  iriBase: 'urn:customer-lead-sim:package:',
  version: '0.1.0',
};

function expectValid(xml: string, schema: string): void {
  const result = validateXml(xml, schema);
  expect(result.output).toContain('validates');
  expect(result.valid).toBe(true);
}

describe('LMS manifests', () => {
  for (const masteryScore of [70, null]) {
    it(`validate against the XSDs (mastery ${masteryScore ?? 'none'})`, () => {
      const description = { ...tricky, masteryScore };
      expectValid(scorm12Manifest(description), SCHEMAS.scorm12);
      expectValid(scorm2004Manifest(description), SCHEMAS.scorm2004);
      expectValid(cmi5CourseStructure(description), SCHEMAS.cmi5);
    });
  }

  it('carry the mastery score only when one is set, in each standard’s unit', () => {
    expect(scorm12Manifest(tricky)).toContain('<adlcp:masteryscore>70</adlcp:masteryscore>');
    expect(scorm2004Manifest(tricky)).toContain(
      '<imsss:minNormalizedMeasure>0.7</imsss:minNormalizedMeasure>',
    );
    expect(cmi5CourseStructure(tricky)).toMatch(/moveOn="CompletedAndPassed" masteryScore="0.7"/);
    const none = { ...tricky, masteryScore: null };
    expect(scorm12Manifest(none)).not.toContain('masteryscore');
    expect(scorm2004Manifest(none)).not.toContain('satisfiedByMeasure');
    expect(cmi5CourseStructure(none)).toMatch(/moveOn="Completed"/);
    expect(cmi5CourseStructure(none)).not.toContain('masteryScore');
  });

  it('list every file and launch the game page', () => {
    for (const standard of ['scorm12', 'scorm2004'] as const) {
      const { xml } = manifestFor(standard, tricky);
      for (const file of tricky.files)
        expect(xml).toContain(`<file href="${file.replace('&', '&amp;')}"/>`);
      expect(xml).toContain('href="index.html"');
    }
    expect(cmi5CourseStructure(tricky)).toContain('<url>index.html</url>');
  });

  it('are refused by the validator when broken (the check is real)', () => {
    const badScormType12 = scorm12Manifest(tricky).replace(
      'adlcp:scormtype="sco"',
      'adlcp:scormtype="page"',
    );
    expect(validateXml(badScormType12, SCHEMAS.scorm12).valid).toBe(false);
    const unknownExtension = scorm12Manifest(tricky).replaceAll(
      'adlcp:masteryscore',
      'adlcp:masteryScore',
    );
    expect(validateXml(unknownExtension, SCHEMAS.scorm12).valid).toBe(false);
    const noResource = scorm12Manifest(tricky).replace(/<resources>[^]*<\/resources>/, '');
    expect(validateXml(noResource, SCHEMAS.scorm12).valid).toBe(false);
    const badScormType = scorm2004Manifest(tricky).replace(
      'adlcp:scormType="sco"',
      'adlcp:scormType="page"',
    );
    expect(validateXml(badScormType, SCHEMAS.scorm2004).valid).toBe(false);
    const badSequencing = scorm2004Manifest(tricky).replace(
      'objectiveSetByContent',
      'objectiveSetByContentx',
    );
    expect(validateXml(badSequencing, SCHEMAS.scorm2004).valid).toBe(false);
    const badMastery = cmi5CourseStructure(tricky).replace(
      'masteryScore="0.7"',
      'masteryScore="70"',
    );
    expect(validateXml(badMastery, SCHEMAS.cmi5).valid).toBe(false);
  });

  it('validate for every scenario and track of the library', () => {
    const descriptions = describeLibraryPackages(SCENARIO_DIR, [], {
      masteryScore: 70,
      iriBase: 'urn:customer-lead-sim:package:',
      version: '0.1.0',
    });
    expect(descriptions.length).toBeGreaterThan(1);
    for (const description of descriptions) {
      const withFiles = { ...description.package, files: ['index.html'], launchFile: 'index.html' };
      for (const standard of LMS_STANDARDS) {
        expectValid(manifestFor(standard, withFiles).xml, SCHEMAS[standard]);
      }
    }
  });
});
