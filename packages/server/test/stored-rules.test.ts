import { DEFAULT_RUBRICS } from '@undertone/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCall } from '../src/pipeline/ingest-call.js';
import { openScoringPlatform } from '../src/pipeline/open-scoring-platform.js';
import type { Platform } from '../src/pipeline/platform.js';
import type { RulesRefresher } from '../src/pipeline/stored-rules.js';
import { RETIRED_MARKER } from '../src/storage/definition-catalog.js';
import { DATABASES } from './databases.js';
import { makeCall } from './fixtures.js';

const shippedSupport = DEFAULT_RUBRICS.find((r) => r.id === 'support-default')!;

for (const database of DATABASES) {
  describe.skipIf(database.skipReason !== undefined)(`stored rubrics and policies drive scoring on ${database.name}`, () => {
    let platform: Platform & { rules: RulesRefresher };
    let cleanup: () => Promise<void>;
    const warnings: string[] = [];

    beforeAll(async () => {
      const created = await database.create();
      cleanup = created.cleanup;
      platform = await openScoringPlatform(created.config, { log: (line) => warnings.push(line), rulesRefreshMs: 60_000 });
    }, 120_000);
    afterAll(async () => {
      await platform?.close();
      await cleanup?.();
    }, 60_000);

    it('uses the shipped rubrics and policies while none are stored', () => {
      const rules = platform.rules.current();
      expect(rules.rubrics.map((r) => r.id)).toEqual(DEFAULT_RUBRICS.map((r) => r.id));
      expect(rules.policiesVersion).toBeUndefined();
    });

    it('prefers a published rubric for its call types and records the stored version on the scorecard', async () => {
      const custom = { ...structuredClone(shippedSupport), id: 'support-custom', name: 'Support (tuned)', version: 7 };
      await platform.rubrics.publish('support-custom', custom);
      const v2 = await platform.rubrics.publish('support-custom', custom);
      await platform.rules.refresh();
      const rules = platform.rules.current();
      expect(rules.rubrics[0]).toMatchObject({ id: 'support-custom', version: v2.version });

      const [scorecard] = platform.steps.score(platform.steps.analyze(makeCall('r-1', { callType: 'support' })));
      expect(scorecard).toMatchObject({ rubricId: 'support-custom', rubricVersion: 2 });
    });

    it('retires a shipped rubric when its id is deleted, and flags name the stored policy set version', async () => {
      await platform.rubrics.publish('support-custom', { [RETIRED_MARKER]: true });
      await platform.rubrics.publish('support-default', { [RETIRED_MARKER]: true });
      const policies = { version: 1, policies: [{ id: 'always', kind: 'quality', label: 'every call', when: { field: 'scorecard.overall', op: '>=', value: 0 } }] };
      const published = await platform.policies.publish('default', policies);
      await platform.rules.refresh();
      const rules = platform.rules.current();
      expect(rules.rubrics.map((r) => r.id)).not.toContain('support-default');
      expect(rules.rubrics.map((r) => r.id)).not.toContain('support-custom');
      expect(rules.policiesVersion).toBe(published.version);

      const analysis = platform.steps.analyze(makeCall('r-2', { callType: 'sales' }));
      const { flags, triggers } = platform.steps.evaluatePolicies(analysis, platform.steps.score(analysis));
      expect(flags.find((f) => f.policy === 'always')).toMatchObject({ kind: 'quality', policyVersion: published.version });
      expect(flags.every((f) => f.policyVersion === published.version)).toBe(true);
      expect(triggers[0]).toMatchObject({ policy: 'always', policyVersion: published.version });
    });

    it('skips a stored definition that no longer parses and says which one', async () => {
      await platform.rubrics.publish('broken', { id: 'broken', sections: 'not a list' });
      await platform.rules.refresh();
      expect(platform.rules.current().rubrics.map((r) => r.id)).not.toContain('broken');
      expect(warnings.join('\n')).toMatch(/skipping stored rubric "broken" v1/);
    });

    it('the worker scores ingested calls with the stored rules', async () => {
      const sales = DEFAULT_RUBRICS.find((r) => r.callTypes.includes('sales'))!;
      const published = await platform.rubrics.publish(sales.id, { ...structuredClone(sales), name: 'Sales v2' });
      await platform.rules.refresh();
      await ingestCall({ calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: () => new Date() }, { input: JSON.stringify(makeCall('r-3', { callType: 'sales' })), source: 'test' });
      const worker = platform.startWorker();
      try {
        for (let i = 0; i < 200; i++) {
          const rows = await platform.database.db.selectFrom('scorecards').selectAll().where('call_id', '=', 'r-3').execute();
          if (rows.length > 0) {
            expect(rows[0]).toMatchObject({ rubric_id: sales.id, rubric_version: published.version });
            return;
          }
          await new Promise((r) => setTimeout(r, 100));
        }
        throw new Error('the call was not scored within 20 s');
      } finally {
        await worker.stop();
      }
    }, 60_000);
  });
}
