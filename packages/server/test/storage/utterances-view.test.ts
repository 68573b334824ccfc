import { Migrator, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCall } from '../../src/pipeline/ingest-call.js';
import { openPlatform, type Platform } from '../../src/pipeline/platform.js';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { DATABASES } from '../databases.js';
import { makeCall } from '../fixtures.js';
import { testSteps } from '../test-steps.js';

function migrator(db: Kysely<any>): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, migrationTableName: 'undertone_migrations', migrationLockTableName: 'undertone_migrations_lock' });
}

const readUtterances = (db: Kysely<any>, callId: string) =>
  db.selectFrom('utterances').select(['idx', 'speaker', 'start_ms', 'end_ms', 'text']).where('call_id', '=', callId).orderBy('idx').execute();

for (const database of DATABASES) {
  describe.skipIf(database.skipReason !== undefined)(`the utterances view (migration 0006) on ${database.name}`, () => {
    let platform: Platform;
    let cleanup: () => Promise<void>;

    beforeAll(async () => {
      const created = await database.create();
      cleanup = created.cleanup;
      platform = await openPlatform(created.config, { steps: testSteps({ version: 1 }), log: () => undefined });
      const deps = { calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: () => new Date('2026-11-25T00:00:00Z') };
      await ingestCall(deps, { input: JSON.stringify(makeCall('view-1')), source: 'test' });
    }, 120_000);

    afterAll(async () => {
      await platform?.close();
      await cleanup?.();
    }, 60_000);

    it('reads each stored utterance from its call, in order, with the columns the table had', async () => {
      const call = makeCall('view-1');
      expect(await readUtterances(platform.database.db, 'view-1')).toEqual(
        call.utterances.map((u, idx) => ({ idx, speaker: u.speaker, start_ms: u.startMs, end_ms: u.endMs, text: u.text })),
      );
    });

    it('migrates down to a table holding the same rows, and up again to the view', async () => {
      const db = platform.database.db;
      const before = await readUtterances(db, 'view-1');
      const down = await migrator(db).migrateTo('0005-drop-call-list-indexes');
      expect(down.error).toBeUndefined();
      expect(await readUtterances(db, 'view-1')).toEqual(before);
      expect((await migrateToLatest(db)).applied).toEqual(['0006-utterances-view']);
      expect(await readUtterances(db, 'view-1')).toEqual(before);
    });
  });
}
