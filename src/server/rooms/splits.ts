/** The split at each decision, counted by the store over every accepted input of the room. */
import type { DecisionSplit } from '../../live/protocol';
import type { Queryable } from '../store/db';

interface SplitRow {
  scenario_id: string;
  node_id: string;
  taken_choice_id: string;
  n: number;
  timed_out: number;
}

const SPLIT_SQL = `
  SELECT i.scenario_id, i.node_id, i.taken_choice_id, count(*)::int AS n,
         sum(CASE WHEN i.kind = 'timeout' THEN 1 ELSE 0 END)::int AS timed_out
  FROM inputs i JOIN participants p ON p.id = i.participant_id
  WHERE i.room_id = $1 AND NOT p.is_room AND i.taken_choice_id IS NOT NULL`;

function collect(rows: readonly SplitRow[]): DecisionSplit[] {
  const splits = new Map<string, DecisionSplit>();
  for (const row of rows) {
    const key = `${row.scenario_id}\u0000${row.node_id}`;
    let split = splits.get(key);
    if (!split) {
      split = {
        scenarioId: row.scenario_id,
        nodeId: row.node_id,
        decided: 0,
        timedOut: 0,
        counts: {},
      };
      splits.set(key, split);
    }
    split.decided += row.n;
    split.timedOut += row.timed_out;
    split.counts[row.taken_choice_id] = row.n;
  }
  return [...splits.values()];
}

export async function roomSplits(db: Queryable, roomId: string): Promise<DecisionSplit[]> {
  const rows = await db.query<SplitRow & Record<string, unknown>>(
    `${SPLIT_SQL} GROUP BY i.scenario_id, i.node_id, i.taken_choice_id ORDER BY 1, 2, 3`,
    [roomId],
  );
  return collect(rows);
}

export async function splitAt(
  db: Queryable,
  roomId: string,
  scenarioId: string,
  nodeId: string,
): Promise<DecisionSplit> {
  const rows = await db.query<SplitRow & Record<string, unknown>>(
    `${SPLIT_SQL} AND i.scenario_id = $2 AND i.node_id = $3
     GROUP BY i.scenario_id, i.node_id, i.taken_choice_id ORDER BY 3`,
    [roomId, scenarioId, nodeId],
  );
  return collect(rows)[0] ?? { scenarioId, nodeId, decided: 0, timedOut: 0, counts: {} };
}
