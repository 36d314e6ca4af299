import { describe, expect, it } from 'vitest';
import {
  workshopFileName,
  workshopFromFile,
  workshopToFile,
} from '../../../src/facilitator/workshop-file';
import { memoryWorkshopStore } from '../../../src/facilitator/store';
import type { Workshop } from '../../../src/facilitator/types';
import { fixtureLogs } from '../../fixtures/facilitator/fixture';
import { stored } from './helpers';

const workshop: Workshop = {
  id: 'w1',
  name: 'Leads: March cohort',
  createdAt: '2025-03-01T09:00:00.000Z',
  sessions: stored(fixtureLogs()),
  nextParticipant: 6,
};

describe('workshop files', () => {
  it('round-trips a workshop', () => {
    expect(workshopFromFile(workshopToFile(workshop))).toEqual({ ok: true, workshop });
    expect(workshopFileName(workshop)).toBe('leads-march-cohort.workshop.json');
  });

  it('refuses other files and damaged ones with a plain sentence', () => {
    expect(workshopFromFile('nope')).toEqual({
      ok: false,
      message: 'This is not a workshop file: the text is not valid JSON.',
    });
    expect(workshopFromFile('{"format":"leadership-sim-session"}')).toMatchObject({
      ok: false,
      message: expect.stringContaining('not a workshop file'),
    });
    const damaged = JSON.parse(workshopToFile(workshop)) as {
      workshop: { sessions: Array<{ log: { seed: unknown } }> };
    };
    damaged.workshop.sessions[2]!.log.seed = 'x';
    const read = workshopFromFile(JSON.stringify(damaged));
    expect(read).toMatchObject({
      ok: false,
      message: expect.stringContaining('workshop.sessions[2].log.seed'),
    });
  });
});

describe('memoryWorkshopStore', () => {
  it('keeps, lists and deletes workshops', async () => {
    const store = memoryWorkshopStore();
    await store.put(workshop);
    expect((await store.list()).map((item) => item.id)).toEqual(['w1']);
    expect((await store.get('w1'))?.sessions).toHaveLength(5);
    await store.remove('w1');
    expect(await store.list()).toEqual([]);
  });
});
