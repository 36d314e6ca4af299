/**
 * A workshop as one JSON file, so a facilitator can move it to another machine or keep a
 * copy. Reading checks the whole file (every session log with the engine's own schema) and
 * answers with one plain sentence when something is wrong.
 */
import { z } from 'zod';
import { sessionLogSchema } from '../engine/session/log';
import type { SessionLog } from '../engine/session/types';
import { cleanAlias } from '../services/settings';
import { normaliseWorkshop } from './participants';
import type { StoredSession, Workshop } from './types';

export const WORKSHOP_FILE_FORMAT = 'leadership-sim-workshop' as const;
export const WORKSHOP_FILE_VERSION = 1 as const;

const storedSessionSchema = z.object({
  id: z.string().min(1),
  participant: z.number().int().min(1).optional(),
  name: z.string().max(1_000).optional(),
  source: z.string().max(1_000),
  addedAt: z.string(),
  log: sessionLogSchema,
});

const workshopFileSchema = z.object({
  format: z.literal(WORKSHOP_FILE_FORMAT),
  version: z.literal(WORKSHOP_FILE_VERSION),
  workshop: z.object({
    id: z.string().min(1),
    name: z.string().trim().min(1).max(200),
    createdAt: z.string(),
    sessions: z.array(storedSessionSchema).max(100_000),
    nextParticipant: z.number().int().min(1).optional(),
    anonymous: z.boolean().optional(),
  }),
});

export function workshopToFile(workshop: Workshop): string {
  return JSON.stringify(
    { format: WORKSHOP_FILE_FORMAT, version: WORKSHOP_FILE_VERSION, workshop },
    null,
    2,
  );
}

export function workshopFileName(workshop: Workshop): string {
  const slug =
    workshop.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'workshop';
  return `${slug}.workshop.json`;
}

function where(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
}

export function workshopFromFile(
  text: string,
): { ok: true; workshop: Workshop } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: 'This is not a workshop file: the text is not valid JSON.' };
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== WORKSHOP_FILE_FORMAT) {
    return {
      ok: false,
      message: `This is not a workshop file: its "format" should be "${WORKSHOP_FILE_FORMAT}".`,
    };
  }
  const parsed = workshopFileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const place = issue ? where(issue.path) : '';
    return {
      ok: false,
      message: `The workshop file is damaged: ${place || 'it'} ${issue?.message ?? 'is not valid'}.`,
    };
  }
  const { workshop } = parsed.data;
  const sessions = workshop.sessions.map((session) => {
    const { name, participant, ...rest } = session;
    const clean = cleanAlias(name ?? '');
    return {
      ...rest,
      log: session.log as SessionLog,
      ...(participant !== undefined ? { participant } : {}),
      ...(clean ? { name: clean } : {}),
    };
  });
  const { nextParticipant, anonymous, ...rest } = workshop;
  return {
    ok: true,
    workshop: normaliseWorkshop({
      ...rest,
      sessions: sessions as Array<Omit<StoredSession, 'participant'> & { participant?: number }>,
      ...(nextParticipant !== undefined ? { nextParticipant } : {}),
      ...(anonymous !== undefined ? { anonymous } : {}),
    }),
  };
}
