import { sql, type Kysely, type Migration } from 'kysely';

const LIST_COLUMNS = ['agent_id', 'team', 'queue', 'call_type', 'overall_score', 'arc_pattern'];

/**
 * Lists, facets and agent reads all filter and sort on `call_facts` (0003), so the list indexes of `calls` only
 * cost every ingest and every analysis update (eight index entries each, two of them a GIN) and serve no read.
 * `calls` keeps its primary key: every read of a call row is by id.
 */
export const dropCallListIndexes: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropIndex('calls_started_at_id').ifExists().execute();
    for (const column of LIST_COLUMNS) await db.schema.dropIndex(`calls_${column}_started_at`).ifExists().execute();
    await db.schema.dropIndex('calls_flag_kinds').ifExists().execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.createIndex('calls_started_at_id').ifNotExists().on('calls').columns(['started_at desc', 'id desc']).execute();
    for (const column of LIST_COLUMNS) {
      await db.schema.createIndex(`calls_${column}_started_at`).ifNotExists().on('calls').columns([column, 'started_at desc', 'id desc']).execute();
    }
    await sql`create index if not exists calls_flag_kinds on calls using gin (flag_kinds)`.execute(db);
  },
};
