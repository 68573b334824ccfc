import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE_VERSION } from '@undertone/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../src/config/config-schema.js';
import { openDatabase } from '../src/storage/open-database.js';
import { MIGRATIONS } from '../src/storage/migrations/index.js';
import { DATABASES } from './databases.js';
import { makeCall } from './fixtures.js';
import { undertone } from './run-cli.js';

for (const database of DATABASES) {
  describe.skipIf(database.skipReason !== undefined)(`undertone migrate and import on ${database.name}`, () => {
    let env: Record<string, string>;
    let config: Config;
    let cleanup: () => Promise<void>;
    const folder = mkdtempSync(join(tmpdir(), 'undertone-import-cli-'));

    beforeAll(async () => {
      const created = await database.create();
      env = created.env;
      config = created.config;
      cleanup = created.cleanup;
      writeFileSync(join(folder, 'good-1.json'), JSON.stringify(makeCall('cli-1')));
      writeFileSync(join(folder, 'good-2.json'), JSON.stringify(makeCall('cli-2')));
      writeFileSync(join(folder, 'same-as-good-1.json'), JSON.stringify(makeCall('cli-1')));
      writeFileSync(join(folder, 'truncated.json'), '{"id": "cli-3", "agent": ');
      writeFileSync(join(folder, '.hidden.json'), JSON.stringify(makeCall('cli-hidden')));
    }, 120_000);

    afterAll(async () => {
      rmSync(folder, { recursive: true, force: true });
      await cleanup?.();
    }, 60_000);

    it('migrates, then finds nothing left to migrate', async () => {
      const first = await undertone(['migrate'], env);
      expect(first.stderr).toContain(`applied ${Object.keys(MIGRATIONS).length} migration(s): ${Object.keys(MIGRATIONS).join(', ')}`);
      expect(first.code).toBe(0);
      const second = await undertone(['migrate'], env);
      expect(second.stderr).toMatch(/up to date/);
      expect(second.code).toBe(0);
    }, 120_000);

    it('imports a folder, reporting duplicates and rejected files, and skips all of it on a re-run', async () => {
      const first = await undertone(['import', folder, '--json'], env);
      const summary = JSON.parse(first.stdout);
      expect(summary).toMatchObject({ imported: 2, duplicates: 1, rejected: 1, conflicts: 0 });
      expect(summary.files.find((f: { file: string }) => f.file.endsWith('truncated.json'))).toMatchObject({ status: 'rejected', reason: expect.stringContaining('truncated.json') });
      expect(summary.files.some((f: { file: string }) => f.file.includes('.hidden'))).toBe(false);
      expect(first.stderr).toMatch(/imported 4\/4 files/);
      expect(first.code).toBe(2);

      const again = await undertone(['import', folder, '--json', '--analyze'], env);
      expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, duplicates: 3, rejected: 1 });
      expect(again.stderr).toMatch(/analyzing the imported calls/);
      const database = await openDatabase(config.database);
      try {
        const analyzed = await database.db.selectFrom('analyses').select('call_id').orderBy('call_id').execute();
        expect(analyzed.map((a) => a.call_id)).toEqual(['cli-1', 'cli-2']);
      } finally {
        await database.close();
      }
    }, 120_000);

    it('re-analyzes the calls analyzed by another engine version, and then finds none', async () => {
      const setVersion = async (version: string) => {
        const database = await openDatabase(config.database);
        try {
          await database.db.updateTable('calls').set({ analyzed_engine_version: version }).where('id', '=', 'cli-1').execute();
          return await database.db.selectFrom('calls').select(['id', 'analyzed_engine_version']).orderBy('id').execute();
        } finally {
          await database.close();
        }
      };
      expect(await setVersion('0.0.1-old')).toEqual([{ id: 'cli-1', analyzed_engine_version: '0.0.1-old' }, { id: 'cli-2', analyzed_engine_version: ENGINE_VERSION }]);

      const missingFlag = await undertone(['reanalyze'], env);
      expect(missingFlag.code).toBe(2);
      expect(missingFlag.stderr).toMatch(/pass --outdated/);

      const first = await undertone(['reanalyze', '--outdated', '--analyze'], env);
      expect(first.stderr).toContain(`queued 1 call(s) for re-analysis with engine ${ENGINE_VERSION}`);
      expect(first.code).toBe(0);
      const database = await openDatabase(config.database);
      try {
        const versions = await database.db.selectFrom('calls').select('analyzed_engine_version').execute();
        expect(versions.map((v) => v.analyzed_engine_version)).toEqual([ENGINE_VERSION, ENGINE_VERSION]);
      } finally {
        await database.close();
      }
      const again = await undertone(['reanalyze', '--outdated'], env);
      expect(again.stderr).toContain(`every analyzed call is on engine ${ENGINE_VERSION}`);
    }, 120_000);

    it('prints every configuration problem and exits 2', async () => {
      const result = await undertone(['migrate'], { ...env, PORT: 'eighty', UNDERTONE_RETRY_LIMIT: '-1' });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/PORT: expected an integer/);
      expect(result.stderr).toMatch(/UNDERTONE_RETRY_LIMIT \(pipeline\.retryLimit\)/);
    }, 60_000);
  });
}
