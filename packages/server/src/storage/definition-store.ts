import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.js';

export interface VersionedDefinition {
  id: string;
  version: number;
  definition: unknown;
  createdAt: Date;
}

/** Rubrics and policies: every change is a new version, so a score can name the exact version it used. */
export interface DefinitionStore {
  publish(id: string, definition: unknown): Promise<VersionedDefinition>;
  latest(id: string): Promise<VersionedDefinition | undefined>;
  get(id: string, version: number): Promise<VersionedDefinition | undefined>;
}

export function createDefinitionStore(db: Kysely<Database>, table: 'rubrics' | 'policies'): DefinitionStore {
  const toDefinition = (r: { id: string; version: number; definition: unknown; created_at: Date }): VersionedDefinition => ({
    id: r.id,
    version: r.version,
    definition: r.definition,
    createdAt: new Date(r.created_at),
  });
  return {
    async publish(id, definition) {
      // Two publishes racing for the same version: the primary key rejects one, which then retries.
      for (let attempt = 0; ; attempt++) {
        try {
          const row = await db
            .insertInto(table)
            .values({ id, definition: JSON.stringify(definition), version: sql<number>`(select coalesce(max(version), 0) + 1 from ${sql.table(table)} where id = ${id})` })
            .returningAll()
            .executeTakeFirstOrThrow();
          return toDefinition(row);
        } catch (err) {
          if (attempt >= 3) throw err;
        }
      }
    },
    async latest(id) {
      const row = await db.selectFrom(table).selectAll().where('id', '=', id).orderBy('version', 'desc').limit(1).executeTakeFirst();
      return row ? toDefinition(row) : undefined;
    },
    async get(id, version) {
      const row = await db.selectFrom(table).selectAll().where('id', '=', id).where('version', '=', version).executeTakeFirst();
      return row ? toDefinition(row) : undefined;
    },
  };
}
