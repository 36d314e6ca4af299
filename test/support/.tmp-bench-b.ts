import { generateLayeredScenario } from './generate-scenario';
import { analyseScenario } from '../../src/engine/scenario/analyse';
const s = generateLayeredScenario({ nodes: 500, seed: 1 });
for (let i=0;i<5;i++){ const c0 = process.cpuUsage(); const t0 = process.hrtime.bigint(); analyseScenario(s); const c = process.cpuUsage(c0); console.log('wall', Number(process.hrtime.bigint()-t0)/1e6|0, 'cpu', (c.user+c.system)/1000|0); }
