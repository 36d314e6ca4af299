/**
 * The LMS side of the package e2e spec: scorm-again as the SCORM API (or a cmi5 launch against
 * the test LRS), with what the LMS keeps per attempt stored by the test server, so a second
 * launch (another browser, storage wiped) gets suspend_data back as a real LMS would give it.
 * Query: ?standard=scorm12|scorm2004|cmi5&package=<zip name without .zip>&key=<attempt>
 *        [&course=<query string handed on to the course page>]
 */
const params = new URLSearchParams(location.search);
const standard = params.get('standard');
const pack = params.get('package');
const key = params.get('key') ?? pack;
const status = document.getElementById('status');
const frame = document.getElementById('course');
const courseUrl = `/packages/${pack}/index.html`;
const courseQuery = params.get('course') ?? '';

/** What the last commit stored: scorm-again posts its commit object; the CMI tree is inside. */
function storedCmi(stored) {
  return stored.runtimeData?.cmi ?? stored.cmi ?? stored.runtimeData ?? null;
}

async function startScorm() {
  const stored = await (await fetch(`/lms/data/${key}`)).json();
  const settings = {
    autocommit: false,
    lmsCommitUrl: `/lms/data/${key}`,
    dataCommitFormat: 'json',
    logLevel: 4,
  };
  const api =
    standard === 'scorm12' ? new window.Scorm12API(settings) : new window.Scorm2004API(settings);
  const cmi = storedCmi(stored);
  if (cmi) {
    // A relaunch after a suspended attempt: the LMS hands the SCO its data with entry "resume".
    const exit = standard === 'scorm12' ? cmi.core?.exit : cmi.exit;
    if (standard === 'scorm12')
      cmi.core = { ...cmi.core, entry: exit === 'suspend' ? 'resume' : '' };
    else cmi.entry = exit === 'suspend' ? 'resume' : '';
    api.loadFromJSON(cmi, 'cmi');
  }
  window[standard === 'scorm12' ? 'API' : 'API_1484_11'] = api;
  window.lmsApi = api;
  frame.src = courseQuery ? `${courseUrl}?${courseQuery}` : courseUrl;
  status.textContent = `${standard} attempt ${key}${cmi ? ' (resumed)' : ''}`;
}

async function startCmi5() {
  const id = pack.replace(/-cmi5$/, '');
  const launch = await (await fetch(`/cmi5/launch?package=${id}&registration=${key}`)).json();
  frame.src = courseUrl + launch.search + (courseQuery ? `&${courseQuery}` : '');
  status.textContent = `cmi5 registration ${key}`;
}

(standard === 'cmi5' ? startCmi5() : startScorm()).catch((error) => {
  status.textContent = `The test LMS could not start: ${error.message}`;
});
