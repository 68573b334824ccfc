import { sql, type Kysely, type Migration } from 'kysely';

/** Sortable list columns with nulls last in both directions: one expression per direction, each indexed with id. */
export const SORT_EXPRESSIONS = {
  overall_score: { asc: `coalesce(overall_score, 'Infinity'::float8)`, desc: `coalesce(overall_score, '-Infinity'::float8)` },
  duration_ms: { asc: `coalesce(duration_ms, 'Infinity'::float8)`, desc: `coalesce(duration_ms, '-Infinity'::float8)` },
  customer_exit: { asc: `coalesce(customer_exit, 'Infinity'::float8)`, desc: `coalesce(customer_exit, '-Infinity'::float8)` },
} as const;

/**
 * The dashboard's read model, written by the pipeline beside each analysis so reads never open analysis JSON:
 * customer exit sentiment and auto-fail on `calls`, one row per inflection, one row per criterion result.
 * Existing analyses are backfilled from their stored JSON.
 */
export const dashboardReadModel: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('calls').addColumn('customer_exit', 'double precision').execute();
    await db.schema.alterTable('calls').addColumn('auto_failed', 'boolean').execute();
    for (const [column, exprs] of Object.entries(SORT_EXPRESSIONS)) {
      for (const [direction, expr] of Object.entries(exprs)) {
        await sql`create index ${sql.id(`calls_sort_${column}_${direction}`)} on calls ((${sql.raw(expr)}), id)`.execute(db);
      }
    }
    await db.schema.createIndex('flags_kind').on('flags').column('kind').execute();

    await db.schema
      .createTable('call_inflections')
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('agent_id', 'text', (c) => c.notNull())
      .addColumn('team', 'text')
      .addColumn('call_type', 'text')
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('speaker', 'text', (c) => c.notNull())
      .addColumn('direction', 'text', (c) => c.notNull())
      .addColumn('stage', 'text')
      .addColumn('at_ms', 'double precision', (c) => c.notNull())
      .addColumn('magnitude', 'double precision', (c) => c.notNull())
      .addColumn('position', 'double precision', (c) => c.notNull())
      .addColumn('preceding', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
      .execute();
    await db.schema.createIndex('call_inflections_call').on('call_inflections').column('call_id').execute();
    await sql`create index call_inflections_agent_drops on call_inflections (agent_id, started_at) where speaker = 'customer' and direction = 'drop'`.execute(db);
    await sql`create index call_inflections_drops_started on call_inflections (started_at) include (agent_id, stage, team, call_type, position) where speaker = 'customer' and direction = 'drop'`.execute(db);

    await db.schema
      .createTable('criterion_results')
      .addColumn('call_id', 'text', (c) => c.notNull().references('calls.id').onDelete('cascade'))
      .addColumn('engine_version', 'text', (c) => c.notNull())
      .addColumn('agent_id', 'text', (c) => c.notNull())
      .addColumn('started_at', 'timestamptz', (c) => c.notNull())
      .addColumn('rubric_id', 'text', (c) => c.notNull())
      .addColumn('criterion_id', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('passed', 'boolean')
      .execute();
    await db.schema.createIndex('criterion_results_call').on('criterion_results').column('call_id').execute();
    await db.schema.createIndex('criterion_results_agent').on('criterion_results').columns(['agent_id', 'started_at']).execute();

    await backfillReadModel(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('criterion_results').ifExists().execute();
    await db.schema.dropTable('call_inflections').ifExists().execute();
    await db.schema.dropIndex('flags_kind').ifExists().execute();
    for (const [column, exprs] of Object.entries(SORT_EXPRESSIONS)) {
      for (const direction of Object.keys(exprs)) await db.schema.dropIndex(`calls_sort_${column}_${direction}`).ifExists().execute();
    }
    await db.schema.alterTable('calls').dropColumn('auto_failed').execute();
    await db.schema.alterTable('calls').dropColumn('customer_exit').execute();
  },
};

/** The same facts the pipeline now writes (see core's readModelOf), read once from the analyses already stored. */
export async function backfillReadModel(db: Kysely<unknown>): Promise<void> {
  await sql`
    update calls c set
      customer_exit = (a.analysis #>> '{sentiment,arcs,customer,exit}')::float8,
      auto_failed = (select s.auto_failed from scorecards s where s.call_id = c.id and s.engine_version = a.engine_version order by s.rubric_id limit 1),
      duration_ms = coalesce(c.duration_ms, (a.analysis #>> '{characteristics,durationMs}')::float8)
    from analyses a
    where a.call_id = c.id and a.engine_version = c.analyzed_engine_version`.execute(db);
  await sql`
    insert into call_inflections (call_id, engine_version, agent_id, team, call_type, started_at, speaker, direction, stage, at_ms, magnitude, position, preceding)
    select c.id, a.engine_version, c.agent_id, c.team, c.call_type, c.started_at, i->>'speaker', i->>'direction', i->>'stage',
           (i->>'atMs')::float8, coalesce((i->>'magnitude')::float8, 0),
           least(1, greatest(0, coalesce((i->>'atMs')::float8 / nullif((a.analysis #>> '{characteristics,durationMs}')::float8, 0), 0))),
           coalesce(array(select distinct p->>'behavior' from jsonb_array_elements(coalesce(i->'preceding', '[]'::jsonb)) p), '{}'::text[])
    from calls c
    join analyses a on a.call_id = c.id and a.engine_version = c.analyzed_engine_version
    cross join lateral jsonb_array_elements(coalesce(a.analysis #> '{sentiment,inflections}', '[]'::jsonb)) i`.execute(db);
  await sql`
    insert into criterion_results (call_id, engine_version, agent_id, started_at, rubric_id, criterion_id, label, passed)
    select c.id, s.engine_version, c.agent_id, c.started_at, s.rubric_id, k->>'id', coalesce(k->>'label', k->>'id'),
           case when (k->>'na')::boolean then null else (k->>'passed')::boolean end
    from calls c
    join scorecards s on s.call_id = c.id and s.engine_version = c.analyzed_engine_version
    cross join lateral jsonb_array_elements(coalesce(s.scorecard -> 'criteria', '[]'::jsonb)) k`.execute(db);
}
