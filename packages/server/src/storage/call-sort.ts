import { sql, type RawBuilder } from 'kysely';
import { SORT_EXPRESSIONS } from './migrations/0003-dashboard-read-model.js';

/** The orders a call list can take; a leading `-` means descending. Every order breaks ties on id the same way. */
export const CALL_SORTS = ['-startedAt', 'startedAt', '-score', 'score', '-duration', 'duration', '-customerExit', 'customerExit'] as const;
export type CallSort = (typeof CALL_SORTS)[number];
export const DEFAULT_CALL_SORT: CallSort = '-startedAt';

export interface SortSpec {
  descending: boolean;
  /** The ORDER BY expression; numeric ones put rows without a value last in either direction. */
  expression: RawBuilder<unknown>;
  /** The cursor key of a row: what the expression is for it (null for a missing number). */
  keyOf(row: { startedAt: Date; overallScore: number | null; durationMs: number | null; customerExit: number | null }): string | number | null;
  /** The cursor key as an SQL value comparable with the expression. */
  keyValue(key: string | number | null): RawBuilder<unknown>;
}

const NUMERIC = {
  score: { column: 'overall_score', field: 'overallScore' },
  duration: { column: 'duration_ms', field: 'durationMs' },
  customerExit: { column: 'customer_exit', field: 'customerExit' },
} as const;

export function sortSpec(sort: CallSort): SortSpec {
  const descending = sort.startsWith('-');
  const name = (descending ? sort.slice(1) : sort) as 'startedAt' | keyof typeof NUMERIC;
  if (name === 'startedAt') {
    return {
      descending,
      expression: sql`call_facts.started_at`,
      keyOf: (row) => row.startedAt.toISOString(),
      keyValue: (key) => sql`${new Date(String(key))}::timestamptz`,
    };
  }
  const { column, field } = NUMERIC[name];
  // Missing values sort as +Infinity ascending and -Infinity descending: last either way (indexed in migration 0003).
  const missing = descending ? '-Infinity' : 'Infinity';
  return {
    descending,
    expression: sql.raw(SORT_EXPRESSIONS[column][descending ? 'desc' : 'asc'].replace(column, `call_facts.${column}`)),
    keyOf: (row) => row[field],
    keyValue: (key) => sql`${key === null ? missing : String(key)}::float8`,
  };
}
