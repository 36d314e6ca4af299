/**
 * The three LMS manifests from ONE typed description of a package: `imsmanifest.xml` for
 * SCORM 1.2 and for SCORM 2004 4th edition, and `cmi5.xml` (cmi5 course structure). Each is
 * checked against the standard's own XSD in test/unit/lms/manifest.test.ts.
 */
import { COMPETENCIES } from '../../src/lms/vocabulary';
import type { LmsStandard } from '../../src/lms/package-config';
import { el, xmlDocument, type XmlElement } from './xml';

export { LMS_STANDARDS, type LmsStandard } from '../../src/lms/package-config';

export interface PackageDescription {
  /** Scenario or track id (lowercase letters, digits, "-"). */
  id: string;
  kind: 'scenario' | 'track';
  title: string;
  description: string;
  /** 0–100; null: the package reports completion only. */
  masteryScore: number | null;
  /** The page the LMS launches, relative to the package root. */
  launchFile: string;
  /** Every file of the package, relative paths with "/", manifests and XSDs left out. */
  files: string[];
  /** Base of the cmi5 course and AU ids (an IRI; see vocabulary.ts for the default). */
  iriBase: string;
  /** Package version, for the manifest's `version` attribute. */
  version: string;
}

/** XML ids (xs:ID) must be NCNames: a scenario id may start with a digit, so prefix it. */
function xmlId(kind: string, id: string): string {
  return `${kind}-${id}`;
}

const SCORM12_SCHEMAS = [
  'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd',
  'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd',
  'http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
].join(' ');

function resource(description: PackageDescription, scormTypeAttribute: string): XmlElement {
  return el(
    'resource',
    {
      identifier: xmlId('resource', description.id),
      type: 'webcontent',
      [scormTypeAttribute]: 'sco',
      href: description.launchFile,
    },
    ...description.files.map((href) => el('file', { href })),
  );
}

function scormMetadata(schemaVersion: string): XmlElement {
  return el('metadata', {}, el('schema', {}, 'ADL SCORM'), el('schemaversion', {}, schemaVersion));
}

export function scorm12Manifest(description: PackageDescription): string {
  const item = el(
    'item',
    {
      identifier: xmlId('item', description.id),
      identifierref: xmlId('resource', description.id),
      isvisible: 'true',
    },
    el('title', {}, description.title),
    description.masteryScore === null
      ? undefined
      : el('adlcp:masteryscore', {}, String(description.masteryScore)),
  );
  const organization = el(
    'organization',
    { identifier: xmlId('organization', description.id) },
    el('title', {}, description.title),
    item,
  );
  return xmlDocument(
    el(
      'manifest',
      {
        identifier: xmlId('manifest', description.id),
        version: description.version,
        xmlns: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': SCORM12_SCHEMAS,
      },
      scormMetadata('1.2'),
      el('organizations', { default: xmlId('organization', description.id) }, organization),
      el('resources', {}, resource(description, 'adlcp:scormtype')),
    ),
  );
}

const SCORM2004_SCHEMAS = [
  'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd',
  'http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd',
  'http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd',
  'http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
].join(' ');

/**
 * The SCO sets completion and success itself; with a mastery score the primary objective is
 * satisfied by the measure (the LMS then hands the SCO `cmi.scaled_passing_score`). One
 * objective per competency, so an LMS that lists objectives shows them before the first launch.
 */
function scorm2004Sequencing(description: PackageDescription): XmlElement {
  const primary =
    description.masteryScore === null
      ? el('imsss:primaryObjective', { objectiveID: 'overall' })
      : el(
          'imsss:primaryObjective',
          { objectiveID: 'overall', satisfiedByMeasure: 'true' },
          el('imsss:minNormalizedMeasure', {}, String(description.masteryScore / 100)),
        );
  return el(
    'imsss:sequencing',
    {},
    el(
      'imsss:objectives',
      {},
      primary,
      ...COMPETENCIES.map((competency) => el('imsss:objective', { objectiveID: competency.id })),
    ),
    el('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' }),
  );
}

export function scorm2004Manifest(description: PackageDescription): string {
  const item = el(
    'item',
    { identifier: xmlId('item', description.id), identifierref: xmlId('resource', description.id) },
    el('title', {}, description.title),
    scorm2004Sequencing(description),
  );
  const organization = el(
    'organization',
    { identifier: xmlId('organization', description.id) },
    el('title', {}, description.title),
    item,
  );
  return xmlDocument(
    el(
      'manifest',
      {
        identifier: xmlId('manifest', description.id),
        version: description.version,
        xmlns: 'http://www.imsglobal.org/xsd/imscp_v1p1',
        'xmlns:adlcp': 'http://www.adlnet.org/xsd/adlcp_v1p3',
        'xmlns:adlseq': 'http://www.adlnet.org/xsd/adlseq_v1p3',
        'xmlns:adlnav': 'http://www.adlnet.org/xsd/adlnav_v1p3',
        'xmlns:imsss': 'http://www.imsglobal.org/xsd/imsss',
        'xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        'xsi:schemaLocation': SCORM2004_SCHEMAS,
      },
      scormMetadata('2004 4th Edition'),
      el('organizations', { default: xmlId('organization', description.id) }, organization),
      el('resources', {}, resource(description, 'adlcp:scormType')),
    ),
  );
}

function text(value: string): XmlElement {
  return el('langstring', { lang: 'en' }, value);
}

/** The cmi5 course and AU ids of a package. */
export function cmi5Ids(description: PackageDescription): { course: string; au: string } {
  const course = `${description.iriBase}${description.id}`;
  return { course, au: `${course}:au` };
}

export function cmi5CourseStructure(description: PackageDescription): string {
  const ids = cmi5Ids(description);
  const mastery = description.masteryScore;
  return xmlDocument(
    el(
      'courseStructure',
      { xmlns: 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd' },
      el(
        'course',
        { id: ids.course },
        el('title', {}, text(description.title)),
        el('description', {}, text(description.description)),
      ),
      el(
        'objectives',
        {},
        ...COMPETENCIES.map((competency) =>
          el(
            'objective',
            { id: competency.iri },
            el('title', {}, text(competency.title)),
            el('description', {}, text(competency.description)),
          ),
        ),
      ),
      el(
        'au',
        {
          id: ids.au,
          moveOn: mastery === null ? 'Completed' : 'CompletedAndPassed',
          masteryScore: mastery === null ? undefined : mastery / 100,
          launchMethod: 'AnyWindow',
        },
        el('title', {}, text(description.title)),
        el('description', {}, text(description.description)),
        el('objectives', {}, ...COMPETENCIES.map((c) => el('objective', { idref: c.iri }))),
        el('url', {}, description.launchFile),
      ),
    ),
  );
}

export function manifestFor(
  standard: LmsStandard,
  description: PackageDescription,
): { name: string; xml: string } {
  if (standard === 'scorm12') return { name: 'imsmanifest.xml', xml: scorm12Manifest(description) };
  if (standard === 'scorm2004')
    return { name: 'imsmanifest.xml', xml: scorm2004Manifest(description) };
  return { name: 'cmi5.xml', xml: cmi5CourseStructure(description) };
}
