import { sql, type Kysely, type Migration } from 'kysely';

/** One row per utterance of each stored call, read from the call's JSON. */
const UTTERANCE_ROWS = sql`
  select c.id, (u.idx - 1)::int, u.turn->>'speaker', (u.turn->>'startMs')::float8, (u.turn->>'endMs')::float8, u.turn->>'text'
  from calls c cross join lateral jsonb_array_elements(c.call->'utterances') with ordinality as u(turn, idx)`;

/**
 * Every utterance already lives in its call's stored JSON (`calls.call`), redacted, and nothing in Undertone reads the
 * `utterances` rows; writing them cost more than the rest of the call's rows together (one row and one index entry
 * per turn, ~150 per call). `utterances` becomes a view over the calls with the same columns, so SQL and BI users
 * keep querying it as before, and ingest writes each utterance once.
 */
export const utterancesView: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.dropTable('utterances').ifExists().execute();
    await sql`create view utterances (call_id, idx, speaker, start_ms, end_ms, text) as ${UTTERANCE_ROWS}`.execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql`drop view if exists utterances`.execute(db);
    await db.schema
      .createTable('utterances')
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('idx', 'integer', (c) => c.notNull())
      .addColumn('speaker', 'text', (c) => c.notNull())
      .addColumn('start_ms', 'double precision', (c) => c.notNull())
      .addColumn('end_ms', 'double precision', (c) => c.notNull())
      .addColumn('text', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('utterances_pk', ['call_id', 'idx'])
      .execute();
    await sql`insert into utterances (call_id, idx, speaker, start_ms, end_ms, text) ${UTTERANCE_ROWS}`.execute(db);
  },
};
