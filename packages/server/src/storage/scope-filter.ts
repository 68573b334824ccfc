import type { DataScope } from '@undertone/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';

/**
 * The WHERE condition that keeps a query on `calls` (or its alias, or its `call_facts` mirror) inside a user's data scope. Every store
 * method that reads calls for a person, lists, counts and detail alike, ANDs this in. Values are bound
 * parameters; only the fixed table alias is spliced in as an identifier.
 */
export function callScopeCondition(scope: DataScope, table: 'calls' | 'c' | 'i' | 'call_facts' | 'call_inflections' | 'criterion_results' = 'calls'): RawBuilder<SqlBool> {
  switch (scope.kind) {
    case 'all':
      return sql<SqlBool>`true`;
    case 'none':
      return sql<SqlBool>`false`;
    case 'teams':
      if (scope.teams.length === 0) return sql<SqlBool>`false`;
      // criterion_results has no team column: its calls' teams come from the call_facts mirror.
      if (table === 'criterion_results') return sql<SqlBool>`${sql.ref(`${table}.call_id`)} in (select f.call_id from call_facts f where f.team = any(${[...scope.teams]}::text[]))`;
      return sql<SqlBool>`${sql.ref(`${table}.team`)} = any(${[...scope.teams]}::text[])`;
    case 'agent':
      return sql<SqlBool>`${sql.ref(`${table}.agent_id`)} = ${scope.agentId}`;
  }
}
