import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { configSchema, type Config } from '../src/config/config-schema.js';

/** Test settings: quick retries, quick expiry of jobs whose worker died, quick polling. */
export const TEST_PIPELINE = { retryLimit: 1, retryDelaySeconds: 0, retryBackoff: false, expireInSeconds: 5, maintenanceIntervalSeconds: 1 };
export const TEST_WORKER = { pollingIntervalSeconds: 0.5, concurrency: 25 };

export interface TestDatabase {
  name: 'pglite' | 'postgres';
  /** Why it is skipped, when it is. */
  skipReason?: string;
  /** A fresh, empty database for one suite, and how to remove it. */
  create(): Promise<{ config: Config; env: Record<string, string>; cleanup(): Promise<void> }>;
}

const postgresUrl = process.env['UNDERTONE_TEST_DATABASE_URL'];

export const DATABASES: TestDatabase[] = [
  {
    name: 'pglite',
    async create() {
      const dir = mkdtempSync(join(tmpdir(), 'undertone-test-'));
      const config = configSchema.parse({ database: { dataDir: join(dir, 'db') }, pipeline: TEST_PIPELINE, worker: TEST_WORKER });
      return { config, env: { UNDERTONE_DATA_DIR: join(dir, 'db') }, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'postgres',
    ...(postgresUrl ? {} : { skipReason: 'PostgreSQL tests skipped: set UNDERTONE_TEST_DATABASE_URL' }),
    async create() {
      const admin = new pg.Client({ connectionString: postgresUrl });
      await admin.connect();
      const name = `undertone_test_${randomBytes(6).toString('hex')}`;
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(postgresUrl!);
      url.pathname = `/${name}`;
      const config = configSchema.parse({ database: { url: url.toString(), poolSize: 10 }, pipeline: TEST_PIPELINE, worker: TEST_WORKER });
      return {
        config,
        env: { DATABASE_URL: url.toString() },
        async cleanup() {
          const c = new pg.Client({ connectionString: postgresUrl });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        },
      };
    },
  },
];

for (const db of DATABASES) if (db.skipReason) console.warn(db.skipReason);
