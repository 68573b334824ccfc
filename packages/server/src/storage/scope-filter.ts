import type { DataScope } from '@undertone/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * The WHERE condition that keeps a query on `calls` (or its alias) inside a user's data scope. Every store
 * method that reads calls for a person, lists, counts and detail alike, ANDs this in. Values are bound
 * parameters; only the fixed table alias is spliced in as an identifier.
 */
export function callScopeCondition(scope: DataScope, table: 'calls' | 'c' = 'calls'): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'none':
      return sql<SqlBool>`false`;
    case 'teams':
      return scope.teams.length === 0 ? sql<SqlBool>`false` : sql<SqlBool>`${sql.ref(`${table}.team`)} = any(${[...scope.teams]}::text[])`;
    case 'agent':
      return sql<SqlBool>`${sql.ref(`${table}.agent_id`)} = ${scope.agentId}`;
  }
}
