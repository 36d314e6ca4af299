/**
 * A V8 heap snapshot through CDP, summed by node type. It separates compiled code (which V8
 * keeps adding as it optimises more functions, play after play) from the objects the page
 * holds, so heap growth over many plays can tell JIT warm-up from retained data.
 */
import type { CDPSession } from '@playwright/test';

interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

export interface HeapSummary {
  /** Self sizes of every node, in bytes. */
  total: number;
  /** Compiled code and its metadata (node type "code"). */
  code: number;
  /** Everything else: objects, arrays, strings, closures, DOM wrappers. */
  data: number;
}

export function summariseSnapshot(raw: RawSnapshot): HeapSummary {
  const fields = raw.snapshot.meta.node_fields;
  const types = raw.snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const summary: HeapSummary = { total: 0, code: 0, data: 0 };
  for (let index = 0; index < raw.nodes.length; index += fields.length) {
    const size = raw.nodes[index + sizeAt] ?? 0;
    const type = types[raw.nodes[index + typeAt] ?? -1];
    summary.total += size;
    if (type === 'code') summary.code += size;
    else summary.data += size;
  }
  return summary;
}

export async function takeHeapSummary(cdp: CDPSession): Promise<HeapSummary> {
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return summariseSnapshot(JSON.parse(chunks.join('')) as RawSnapshot);
}
