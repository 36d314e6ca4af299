/** The messages the live-room server receives, checked with these schemas (zod). */
import { z } from 'zod';
import type { SessionInput } from '../engine/session/types';

const text = (max: number) => z.string().max(max);
const id = z.string().min(1).max(100);
const runTime = z
  .number()
  .finite()
  .min(0)
  .max(7 * 24 * 3_600_000);

export const sessionInputSchema: z.ZodType<SessionInput> = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('continue'), at: runTime }),
  z.strictObject({ type: z.literal('choose'), choiceId: id, at: runTime }),
  z.strictObject({ type: z.literal('timeout'), at: runTime }),
  // A practice room lets the player step back one decision.
  z.strictObject({ type: z.literal('back'), at: runTime }),
]);

export const createRoomSchema = z
  .strictObject({
    scenarioId: id.optional(),
    trackId: id.optional(),
    name: text(120).optional(),
    timePressure: z.enum(['normal', 'off', 'double']).default('normal'),
    mode: z.enum(['assessment', 'practice']).default('assessment'),
    style: z.enum(['individual', 'room-play']).default('individual'),
    closesAt: z.iso.datetime({ offset: true }).optional(),
    passcode: text(200).optional(),
  })
  .refine((body) => (body.scenarioId === undefined) !== (body.trackId === undefined), {
    message: 'give either scenarioId or trackId',
  });
export type CreateRoomRequest = z.input<typeof createRoomSchema>;

export const joinSchema = z.strictObject({ code: text(20), name: text(200) });
export const resumeSchema = z.strictObject({ token: text(200) });
export const inputSchema = z.strictObject({
  seq: z.number().int().min(1).max(100_000),
  run: z.number().int().min(0).max(100),
  scenarioId: id,
  input: sessionInputSchema,
});
export type InputMessage = z.infer<typeof inputSchema>;
export const voteSchema = z.strictObject({ voteId: id, choiceId: id });
export const watchSchema = z.strictObject({ roomId: id, key: text(200) });
export const controlSchema = z.strictObject({
  action: z.enum(['pause', 'resume', 'release-debriefs', 'end']),
});
export const closeVoteSchema = z.strictObject({ voteId: id, pick: id.optional() });
export const emptySchema = z.strictObject({});
