/**
 * Where the time goes in a V8 `.cpuprofile` (from `node --cpu-prof`): self time per function,
 * and the share of time spent under each package (node_modules/<name>) or in our sources.
 *   npx tsx bench/profile-summary.ts FILE.cpuprofile [TOP]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function origin(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match?.[1]) return match[1];
  if (url.includes('/src/')) return 'our src/';
  if (url.includes('/bench/') || url.includes('/test/')) return 'bench + test support';
  return url === '' ? '(V8: gc, idle, program)' : 'node internals';
}

export function summarise(profile: CpuProfile, top: number): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const total = [...selfUs.values()].reduce((sum, value) => sum + value, 0);
  const functions = new Map<string, number>();
  const origins = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const file = frame.url.split('/').slice(-2).join('/');
    const key = `${frame.functionName || '(anonymous)'}  ${file}:${frame.lineNumber + 1}`;
    functions.set(key, (functions.get(key) ?? 0) + us);
    origins.set(origin(frame.url), (origins.get(origin(frame.url)) ?? 0) + us);
  }
  const share = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  const sorted = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return [
    `total ${(total / 1000).toFixed(0)} ms sampled`,
    'self time by origin:',
    ...sorted(origins).map(([name, us]) => `  ${share(us)}  ${name}`),
    `top ${top} functions by self time:`,
    ...sorted(functions)
      .slice(0, top)
      .map(([name, us]) => `  ${share(us)}  ${name}`),
  ];
}

const file = process.argv[2];
if (file) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  for (const line of summarise(profile, Number(process.argv[3] ?? 25))) console.log(line);
}
