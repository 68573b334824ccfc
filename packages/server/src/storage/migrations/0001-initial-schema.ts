import { sql, type Kysely, type Migration } from 'kysely';

/** Calls, their analyses and everything derived from them. Written once; later changes go in new migrations. */
export const initialSchema: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('agents')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text')
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('teams')
      .addColumn('name', 'text', (c) => c.primaryKey())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('calls')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id'))
      .addColumn('team', 'text')
      .addColumn('queue', 'text')
      .addColumn('call_type', 'text')
      .addColumn('direction', 'text')
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('duration_ms', 'double precision')
      .addColumn('content_hash', 'text', (c) => c.notNull())
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('call', 'jsonb', (c) => c.notNull())
      .addColumn('overall_score', 'double precision')
      .addColumn('arc_pattern', 'text')
      .addColumn('flag_kinds', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
      .addColumn('analyzed_engine_version', 'text')
      .addColumn('ingested_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('calls_started_at_id').on('calls').columns(['started_at desc', 'id desc']).execute();
    for (const column of ['agent_id', 'team', 'queue', 'call_type', 'overall_score', 'arc_pattern']) {
      await db.schema.createIndex(`calls_${column}_started_at`).on('calls').columns([column, 'started_at desc', 'id desc']).execute();
    }
    await db.schema.createIndex('calls_flag_kinds').on('calls').using('gin').column('flag_kinds').execute();

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
    await db.schema
      .createTable('import_provenance')
      .addColumn('call_id', 'text', (c) => c.primaryKey().references('calls.id').onDelete('cascade'))
      .addColumn('source', 'text', (c) => c.notNull())
      .addColumn('format', 'text', (c) => c.notNull())
      .addColumn('provenance', 'jsonb', (c) => c.notNull())
      .addColumn('imported_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema
      .createTable('analyses')
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('analysis', 'jsonb', (c) => c.notNull())
      .addColumn('analyzed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('analyses_pk', ['call_id', 'engine_version'])
      .execute();
    for (const table of ['rubrics', 'policies']) {
      await db.schema
        .createTable(table)
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('definition', 'jsonb', (c) => c.notNull())
        .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
        .addPrimaryKeyConstraint(`${table}_pk`, ['id', 'version'])
        .execute();
    }
    await db.schema
      .createTable('scorecards')
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('rubric_id', 'text', (c) => c.notNull())
      .addColumn('rubric_version', 'integer')
      .addColumn('overall', 'double precision', (c) => c.notNull())
      .addColumn('auto_failed', 'boolean', (c) => c.notNull())
      .addColumn('scorecard', 'jsonb', (c) => c.notNull())
      .addPrimaryKeyConstraint('scorecards_pk', ['call_id', 'engine_version', 'rubric_id'])
      .execute();
    await db.schema
      .createTable('flags')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('policy_id', 'text', (c) => c.notNull())
      .addColumn('policy_version', 'integer')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('flags_call').on('flags').columns(['call_id', 'engine_version']).execute();
    await db.schema
      .createTable('coaching_triggers')
      .addColumn('id', 'bigserial', (c) => c.primaryKey())
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('agent_id', 'text', (c) => c.notNull())
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('policy_id', 'text')
      .addColumn('policy_version', 'integer')
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .execute();
    await db.schema.createIndex('coaching_triggers_call').on('coaching_triggers').columns(['call_id', 'engine_version']).execute();
    await db.schema.createIndex('coaching_triggers_agent').on('coaching_triggers').columns(['agent_id', 'created_at']).execute();
    await db.schema
      .createTable('pipeline_failures')
      .addColumn('call_id', 'text', (c) => c.notNull())
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('last_error', 'text', (c) => c.notNull())
      .addColumn('dead', 'boolean', (c) => c.notNull())
      .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
      .addPrimaryKeyConstraint('pipeline_failures_pk', ['call_id', 'engine_version'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    const tables = ['pipeline_failures', 'coaching_triggers', 'flags', 'scorecards', 'policies', 'rubrics', 'analyses', 'import_provenance', 'utterances', 'calls', 'teams', 'agents'];
    for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
  },
};
