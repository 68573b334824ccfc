import { importTranscript } from '@undertone/core';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditLog } from '../src/storage/audit-log.js';
import { createAgentDirectory } from '../src/storage/agent-directory.js';
import { openPlatform, type Platform } from '../src/pipeline/platform.js';
import { ingestCall } from '../src/pipeline/ingest-call.js';
import type { ImportStep } from '../src/pipeline/steps.js';
import { DATABASES } from './databases.js';
import { makeCall } from './fixtures.js';
import { testSteps } from './test-steps.js';

for (const database of DATABASES) {
  describe.skipIf(database.skipReason !== undefined)(`auth storage on ${database.name}`, () => {
    let platform: Platform;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      const created = await database.create();
      cleanup = created.cleanup;
      platform = await openPlatform(created.config, { steps: { ...testSteps(), importTranscript: importTranscript as ImportStep }, log: () => undefined });
      const deps = { calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: () => new Date() };
      await ingestCall(deps, { input: JSON.stringify(makeCall('st-1', { team: 'care', agent: { id: 'a-1' } })), source: 'test' });
      await ingestCall(deps, { input: JSON.stringify(makeCall('st-2', { team: 'sales', agent: { id: 'a-2' } })), source: 'test' });
    }, 120_000);
    afterAll(async () => {
      await platform?.close();
      await cleanup?.();
    }, 60_000);

    it('keeps the audit log append-only', async () => {
      const audit = createAuditLog(platform.database.db);
      await audit.append({ at: new Date(), actorUserId: null, actorTokenId: null, actorName: 'x', action: 'call.view', target: 'st-1', outcome: 'success', ip: null });
      await expect(sql`update audit_log set target = 'y'`.execute(platform.database.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_log`.execute(platform.database.db)).rejects.toThrow(/append-only/);
      expect(await audit.query({ limit: 10 })).toHaveLength(1);
    });

    it('names an agent whose row an account made before their first call, and keeps a name once set', async () => {
      // What creating an agent's account does: an agents row with no name yet.
      await platform.database.db.insertInto('agents').values({ id: 'a-9', name: null }).execute();
      const deps = { calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: () => new Date() };
      await ingestCall(deps, { input: JSON.stringify(makeCall('st-9', { team: 'field', agent: { id: 'a-9', name: 'Paula Campbell' } })), source: 'test' });
      await ingestCall(deps, { input: JSON.stringify(makeCall('st-10', { team: 'field', agent: { id: 'a-9', name: 'P. Campbell' } })), source: 'test' });
      const agents = createAgentDirectory(platform.database.db);
      expect((await agents.getAgent('a-9', { kind: 'all' }))?.name).toBe('Paula Campbell');
    });

    it('puts the data scope into call and agent queries', async () => {
      const page = await platform.calls.listCalls({}, {}, { kind: 'teams', teams: ['care'] });
      expect(page.items.map((c) => c.id)).toEqual(['st-1']);
      expect(await platform.calls.getCall('st-2', { kind: 'agent', agentId: 'a-1' })).toBeUndefined();
      expect(await platform.calls.getCall('st-1', { kind: 'agent', agentId: 'a-1' })).toBeDefined();
      expect((await platform.calls.listCalls({}, {}, { kind: 'none' })).items).toEqual([]);
      const agents = createAgentDirectory(platform.database.db);
      expect((await agents.listAgents({}, { kind: 'teams', teams: ['sales'] })).map((a) => a.id)).toEqual(['a-2']);
      expect(await agents.getAgent('a-2', { kind: 'teams', teams: ['care'] })).toBeUndefined();
    });
  });
}
