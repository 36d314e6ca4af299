import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { startPreview } from './preview';

const PROBE = readFileSync(join(import.meta.dirname, 'page-probe.js'), 'utf8');
const st = (p: Page) => p.evaluate(() => (window as any).__bench.state());
const ch = (p: Page, v: number) => p.evaluate((x) => (window as any).__bench.changedSince(x), v);
async function waitScreen(p: Page, s: string) { let x = await st(p); while (!(x.screen === s && x.busy === 'false')) x = await ch(p, x.version); }
async function snapshot(cdp: CDPSession) {
  await cdp.send('HeapProfiler.collectGarbage');
  let chunks = '';
  const on = (e: { chunk: string }) => { chunks += e.chunk; };
  cdp.on('HeapProfiler.addHeapSnapshotChunk', on);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', on);
  const snap = JSON.parse(chunks);
  const f = snap.snapshot.meta.node_fields as string[]; const types = snap.snapshot.meta.node_types[0] as string[];
  const n = f.length; const agg = new Map<string, { count: number; size: number }>();
  for (let i = 0; i < snap.nodes.length; i += n) {
    const type = types[snap.nodes[i + f.indexOf('type')]]; const name = snap.strings[snap.nodes[i + f.indexOf('name')]];
    const key = `${type}:${type === 'string' || type === 'concatenated string' ? '' : String(name).slice(0, 60)}`;
    const e = agg.get(key) ?? { count: 0, size: 0 }; e.count++; e.size += snap.nodes[i + f.indexOf('self_size')]; agg.set(key, e);
  }
  return agg;
}
const server = await startPreview('/tmp/bench-dist');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--mute-audio'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await page.addInitScript({ content: PROBE });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(server.url); await waitScreen(page, 'title');
  await page.getByRole('button', { name: 'Play', exact: true }).click(); await waitScreen(page, 'list');
  await page.getByRole('button', { name: 'Play The Saturday Returns Rush' }).click().catch(async () => { await page.getByRole('button', { name: /^Play / }).nth(0).click(); });
  let a: Map<string, { count: number; size: number }> | null = null;
  for (let play = 1; play <= 16; play++) {
    if (play > 1) await page.getByRole('button', { name: 'Play again' }).click();
    await waitScreen(page, 'briefing'); await page.getByRole('button', { name: 'Start', exact: true }).click(); await waitScreen(page, 'play');
    let s = await st(page); let k = 0;
    while (s.screen === 'play') { const b = s; await page.keyboard.press(s.kind === 'decision' ? String(1 + ((play + k++) % s.choices)) : 'Enter'); s = await ch(page, b.version); while (s.screen === 'play' && s.nodeId === b.nodeId) s = await ch(page, s.version); }
    await waitScreen(page, 'end');
    if (play === 6) a = await snapshot(cdp);
  }
  const b = await snapshot(cdp);
  const rows = [...b.entries()].map(([k, v]) => ({ k, dc: v.count - (a!.get(k)?.count ?? 0), ds: v.size - (a!.get(k)?.size ?? 0) }));
  rows.sort((x, y) => y.ds - x.ds);
  const total = rows.reduce((s, r) => s + r.ds, 0);
  console.log('total self-size delta play 6 -> 16:', total);
  for (const r of rows.slice(0, 25)) console.log(String(r.ds).padStart(9), String(r.dc).padStart(6), r.k);
} finally { await browser.close(); await server.stop(); }
