import { CompiledQuery, type Kysely } from 'kysely';

/** The one method pg-boss needs from a database (its `db` option); also how a job joins a transaction. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: any[] }>;
}

/** Runs raw SQL on a Kysely handle, typically an open transaction, so a job insert commits or rolls back with it. */
export function executorFor(db: Kysely<any>): SqlExecutor {
  return {
    async executeSql(text, values) {
      const result = await db.executeQuery(CompiledQuery.raw(text, values ?? []));
      return { rows: result.rows as any[] };
    },
  };
}
