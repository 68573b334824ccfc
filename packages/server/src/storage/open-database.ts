import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { DatabaseConfig } from '../config/config-schema.js';
import { Mutex } from './mutex.js';
import { PgliteDialect, runOnPglite } from './pglite-dialect.js';
import type { Database } from './schema.js';
import type { SqlExecutor } from './sql-executor.js';

/** How pg-boss reaches the same database: its own pool on PostgreSQL, the shared locked handle on PGlite. */
export type QueueConnection = { kind: 'postgres'; connectionString: string } | { kind: 'pglite'; executor: SqlExecutor };

export interface OpenDatabase {
  kind: 'pglite' | 'postgres';
  db: Kysely<Database>;
  queueConnection: QueueConnection;
  close(): Promise<void>;
}

export async function openDatabase(config: DatabaseConfig): Promise<OpenDatabase> {
  return config.url ? openPostgres(config.url, config.poolSize) : openPglite(config.dataDir);
}

function openPostgres(url: string, poolSize: number): OpenDatabase {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle connection dropped by the server (restart, failover) must not crash the process: the pool replaces it.
  pool.on('error', (err) => process.stderr.write(`undertone: database connection lost (${err.message}); reconnecting on next use\n`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: 'postgres',
    db,
    queueConnection: { kind: 'postgres', connectionString: url },
    close: () => db.destroy(),
  };
}

/** `dataDir` "memory" keeps everything in memory (tests); any other value is a directory, created if missing. */
async function openPglite(dataDir: string): Promise<OpenDatabase> {
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const pglite = dataDir === 'memory' ? new PGlite() : new PGlite(dataDir);
  await pglite.waitReady;
  const lock = new Mutex();
  const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite, lock) });
  const executor: SqlExecutor = {
    executeSql: (text, values) => lock.run(async () => ({ rows: (await runOnPglite(pglite, text, values)).rows })),
  };
  return {
    kind: 'pglite',
    db,
    queueConnection: { kind: 'pglite', executor },
    close: () => db.destroy(),
  };
}
