/** cmi5 launch parameters (spec section 8.1) from the page's query string, and State API URLs. */
export interface LaunchParameters {
  endpoint: string;
  fetch: string;
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
}

/** All five parameters, with `actor` parsed from its JSON; null when any is missing or broken. */
export function readLaunchParameters(search: string): LaunchParameters | null {
  const query = new URLSearchParams(search);
  const endpoint = query.get('endpoint');
  const fetchUrl = query.get('fetch');
  const actorText = query.get('actor');
  const registration = query.get('registration');
  const activityId = query.get('activityId');
  if (!endpoint || !fetchUrl || !actorText || !registration || !activityId) return null;
  try {
    const actor = JSON.parse(actorText) as unknown;
    if (!actor || typeof actor !== 'object' || Array.isArray(actor)) return null;
    return {
      endpoint,
      fetch: fetchUrl,
      actor: actor as Record<string, unknown>,
      registration,
      activityId,
    };
  } catch {
    return null;
  }
}

/** The State API address of one document for this learner, AU and registration. */
export function stateUrl(endpoint: string, params: LaunchParameters, stateId: string): string {
  const query = new URLSearchParams({
    activityId: params.activityId,
    agent: JSON.stringify(params.actor),
    registration: params.registration,
    stateId,
  });
  return `${endpoint}activities/state?${query.toString()}`;
}
