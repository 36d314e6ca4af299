import { generateLayeredScenario } from './generate-scenario';
import { analyseScenario } from '../../src/engine/scenario/analyse';
import { topologicalOrder } from '../../src/engine/scenario/graph';
import { relevanceByNode } from '../../src/engine/scenario/analysis/relevance';
const s = generateLayeredScenario({ nodes: 500, seed: 1 });
const rel = relevanceByNode(s, topologicalOrder(s)!);
console.log([...rel.values()].slice(0,5));
for (let i=0;i<4;i++){ const t0 = process.hrtime.bigint(); analyseScenario(s); console.log(Number(process.hrtime.bigint()-t0)/1e6); }
