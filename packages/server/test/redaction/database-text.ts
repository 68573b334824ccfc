import { sql, type Kysely } from 'kysely';

/**
 * Every row of every table in every schema (the application's and the job queue's), each as the text form of
 * the whole row: every column of every type is in it, so a search cannot miss a column.
 */
export async function everyRowAsText(db: Kysely<any>): Promise<Array<{ table: string; row: string }>> {
  const tables = await sql<{ schema: string; name: string }>`
    select table_schema as schema, table_name as name from information_schema.tables
    where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(db);
  const rows: Array<{ table: string; row: string }> = [];
  for (const t of tables.rows) {
    const found = await sql<{ row: string }>`select t::text as row from ${sql.table(`${t.schema}.${t.name}`)} t`.execute(db);
    for (const r of found.rows) rows.push({ table: `${t.schema}.${t.name}`, row: r.row });
  }
  return rows;
}

/** Which of the patterns occur where: empty when nothing leaked. */
export function findLeaks(rows: ReadonlyArray<{ table: string; row: string }>, patterns: Record<string, RegExp>): string[] {
  const leaks: string[] = [];
  for (const { table, row } of rows) for (const [name, pattern] of Object.entries(patterns)) if (pattern.test(row)) leaks.push(`${name} in ${table}`);
  return [...new Set(leaks)];
}
