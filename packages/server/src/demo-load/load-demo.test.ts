import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALL_DATA } from '@undertone/core';
import { openPlatform, type Platform } from '../pipeline/platform.js';
import { DATABASES } from '../../test/databases.js';
import { testSteps } from '../../test/test-steps.js';
import { loadDemo } from './load-demo.js';

describe('loadDemo', () => {
  let platform: Platform;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const created = await DATABASES[0]!.create();
    cleanup = created.cleanup;
    platform = await openPlatform(created.config, { steps: testSteps(), log: () => undefined });
  }, 120_000);
  afterAll(async () => {
    await platform?.close();
    await cleanup?.();
  }, 60_000);

  it('stores every generated call with progress, queues each for analysis, and skips them on a second run', async () => {
    const progress: Array<[number, number]> = [];
    const shape = { days: 3, teams: 2, agentsPerTeam: 2 };
    const now = new Date('2026-11-24T18:00:00Z');
    const first = await loadDemo({ db: platform.database.db, queue: platform.queue }, { now, shape, onProgress: (n, t) => progress.push([n, t]) });
    expect(first.loaded).toBe(first.total);
    expect(first.total).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual([first.total, first.total]);
    expect(progress[0]).toEqual([0, first.total]);

    const rows = await platform.database.db.selectFrom('calls').select(['id', 'source']).execute();
    expect(rows).toHaveLength(first.total);
    const utterances = await platform.database.db.selectFrom('utterances').select('call_id').execute();
    expect(new Set(utterances.map((u) => u.call_id)).size).toBe(first.total);

    const worker = platform.startWorker();
    await worker.idle();
    await worker.stop();
    const analyses = await platform.database.db.selectFrom('analyses').select('call_id').execute();
    expect(analyses).toHaveLength(first.total);
    // The list's narrow mirror follows the demo's own insert path too, analyzed flags included.
    const page = await platform.calls.listCalls({}, { limit: 500 }, ALL_DATA);
    expect(page.total).toBe(first.total);
    expect(page.items.every((c) => c.analyzedEngineVersion !== null)).toBe(true);
    const facts = await platform.database.db.selectFrom('call_facts').select('analyzed').execute();
    expect(facts.filter((f) => f.analyzed)).toHaveLength(first.total);

    const again = await loadDemo({ db: platform.database.db, queue: platform.queue }, { now, shape });
    expect(again.loaded).toBe(0);
    expect(await platform.queue.countUnfinished()).toBe(0);
  });
});
