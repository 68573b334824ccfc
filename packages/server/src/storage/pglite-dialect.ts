import type { PGlite } from '@electric-sql/pglite';
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from 'kysely';
import type { Mutex } from './mutex.js';

/**
 * Runs one statement, or a multi-statement script when there are no parameters
 * (the extended protocol behind `query` accepts a single statement only).
 */
export async function runOnPglite(pglite: PGlite, text: string, values: readonly unknown[] | undefined): Promise<{ rows: any[]; affectedRows: number | undefined }> {
  if (values && values.length > 0) {
    const result = await pglite.query(text, values as unknown[]);
    return { rows: result.rows, affectedRows: result.affectedRows };
  }
  const results = await pglite.exec(text);
  const last = results[results.length - 1];
  return { rows: last?.rows ?? [], affectedRows: last?.affectedRows };
}

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly pglite: PGlite, readonly release: () => void) {}

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const { rows, affectedRows } = await runOnPglite(this.pglite, compiled.sql, compiled.parameters);
    return { rows: rows as R[], ...(affectedRows !== undefined ? { numAffectedRows: BigInt(affectedRows) } : {}) };
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported on the embedded database; page through results instead');
  }
}

class PgliteDriver implements Driver {
  constructor(private readonly pglite: PGlite, private readonly lock: Mutex) {}

  async init(): Promise<void> {
    await this.pglite.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const release = await this.lock.acquire();
    return new PgliteConnection(this.pglite, release);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as PgliteConnection).release();
  }

  async destroy(): Promise<void> {
    if (!this.pglite.closed) await this.pglite.close();
  }
}

/** Kysely over PGlite. Every user of the PGlite instance must go through `lock`, or statements leak into open transactions. */
export class PgliteDialect implements Dialect {
  constructor(private readonly pglite: PGlite, private readonly lock: Mutex) {}

  createAdapter() {
    return new PostgresAdapter();
  }

  createDriver(): Driver {
    return new PgliteDriver(this.pglite, this.lock);
  }

  createIntrospector(db: Kysely<any>) {
    return new PostgresIntrospector(db);
  }

  createQueryCompiler() {
    return new PostgresQueryCompiler();
  }
}
