/**
 * The package's scenarios, loaded once when the LMS connects, so a resume can replay the saved
 * log. A scenario that fails to load is left out: resume will not find it, and play itself loads
 * scenarios through the shell.
 */
import type { Scenario } from '../engine/scenario/schema';

export async function loadPackageScenarios(
  ids: readonly string[],
  load: (id: string) => Promise<Scenario | undefined> | Scenario | undefined,
  into: Map<string, Scenario>,
): Promise<void> {
  for (const id of ids) {
    try {
      const scenario = await load(id);
      if (scenario) into.set(id, scenario);
    } catch {
      // Left out, as said above.
    }
  }
}
