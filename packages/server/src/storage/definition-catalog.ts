import { sql, type Kysely } from 'kysely';
import type { VersionedDefinition } from './definition-store.js';
import type { Database } from './schema.js';

/**
 * Deleting a rubric or policy set publishes a tombstone version, so scorecards that name an older version
 * can still be explained; the latest version being a tombstone means "deleted".
 */
export const RETIRED_MARKER = '$retired';

export function isRetired(definition: unknown): boolean {
  return typeof definition === 'object' && definition !== null && (definition as Record<string, unknown>)[RETIRED_MARKER] === true;
}

/** What the API needs beyond DefinitionStore: the current version of every definition. */
export interface DefinitionCatalog {
  /** The latest version of every definition that is not deleted, by id. */
  listLatest(): Promise<VersionedDefinition[]>;
}

/** The latest version of every definition in `table`, deletion markers included, ordered by id. */
export async function latestDefinitionVersions(db: Kysely<Database>, table: 'rubrics' | 'policies'): Promise<VersionedDefinition[]> {
  const rows = await db
    .selectFrom(table)
    .selectAll()
    .where(({ eb, ref }) => eb(ref('version'), '=', sql<number>`(select max(v.version) from ${sql.table(table)} v where v.id = ${ref(`${table}.id`)})`))
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, version: r.version, definition: r.definition as unknown, createdAt: new Date(r.created_at) }));
}

export function createDefinitionCatalog(db: Kysely<Database>, table: 'rubrics' | 'policies'): DefinitionCatalog {
  return {
    async listLatest() {
      return (await latestDefinitionVersions(db, table)).filter((d) => !isRetired(d.definition));
    },
  };
}
