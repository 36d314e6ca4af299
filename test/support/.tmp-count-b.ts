import { generateLayeredScenario } from './generate-scenario';
import { topologicalOrder } from '../../src/engine/scenario/graph';
import { relevanceByNode, canonicalWorld } from '../../src/engine/scenario/analysis/relevance';
import { movesFrom } from '../../src/engine/scenario/analysis/moves';
import { initialWorld } from '../../src/engine/scenario/rules';
const s = generateLayeredScenario({ nodes: 500, seed: 1 });
const order = topologicalOrder(s)!;
const rel = relevanceByNode(s, order);
const m = new Map<string, Map<string, any>>();
const st = canonicalWorld(initialWorld(s), rel.get(s.start)!);
m.set(s.start, new Map([[st.key, st.world]]));
let moves = 0;
for (const id of order) { const es = m.get(id); if (!es) continue;
  for (const w of es.values()) for (const mv of movesFrom(s, id, s.nodes[id]!, w)) { moves++; const r = rel.get(mv.target)!; const c = canonicalWorld(mv.world, r); let t = m.get(mv.target); if (!t) m.set(mv.target, t = new Map()); t.set(c.key, c.world); } }
let total = 0; for (const v of m.values()) total += v.size;
console.log('entries', total, 'moves', moves, 'max per node', Math.max(...[...m.values()].map(v=>v.size)));
