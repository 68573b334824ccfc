import { sql, type Kysely, type Migration } from 'kysely';

/** Sortable list columns with nulls last in both directions: one expression per direction, each indexed with the id. */
export const SORT_EXPRESSIONS = {
  overall_score: { asc: `coalesce(overall_score, 'Infinity'::float8)`, desc: `coalesce(overall_score, '-Infinity'::float8)` },
  duration_ms: { asc: `coalesce(duration_ms, 'Infinity'::float8)`, desc: `coalesce(duration_ms, '-Infinity'::float8)` },
  customer_exit: { asc: `coalesce(customer_exit, 'Infinity'::float8)`, desc: `coalesce(customer_exit, '-Infinity'::float8)` },
} as const;

/** The list columns of `calls` that `call_facts` mirrors. */
const FACT_COLUMNS = ['agent_id', 'team', 'queue', 'call_type', 'started_at', 'duration_ms', 'overall_score', 'auto_failed', 'customer_exit', 'arc_pattern', 'flag_kinds'];

/**
 * The dashboard's read model, written by the pipeline beside each analysis so reads never open analysis JSON:
 * customer exit sentiment and auto-fail on `calls`, one row per inflection, one row per criterion result.
 * `call_facts` mirrors the list columns of `calls` (kept by a trigger on every insert path: ingest, demo load,
 * bulk seeding): lists sort, filter and count there, because the `calls` heap carries each call's JSON inline
 * and counting 100k of those rows takes hundreds of milliseconds. Existing analyses are backfilled.
 */
export const dashboardReadModel: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('calls').addColumn('customer_exit', 'double precision').execute();
    await db.schema.alterTable('calls').addColumn('auto_failed', 'boolean').execute();
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

    await createCallFacts(db);
    await backfillReadModel(db);
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('criterion_results').ifExists().execute();
    await db.schema.dropTable('call_inflections').ifExists().execute();
    await db.schema.dropIndex('flags_kind').ifExists().execute();
    await sql`drop trigger if exists calls_mirror_facts on calls`.execute(db);
    await sql`drop function if exists undertone_mirror_call_facts()`.execute(db);
    await db.schema.dropTable('call_facts').ifExists().execute();
    await db.schema.alterTable('calls').dropColumn('auto_failed').execute();
    await db.schema.alterTable('calls').dropColumn('customer_exit').execute();
  },
};

async function createCallFacts(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('call_facts')
    .addColumn('call_id', 'text', (c) => c.primaryKey().references('calls.id').onDelete('cascade'))
    .addColumn('agent_id', 'text', (c) => c.notNull())
    .addColumn('team', 'text')
    .addColumn('queue', 'text')
    .addColumn('call_type', 'text')
    .addColumn('started_at', 'timestamptz', (c) => c.notNull())
    .addColumn('duration_ms', 'double precision')
    .addColumn('overall_score', 'double precision')
    .addColumn('auto_failed', 'boolean')
    .addColumn('customer_exit', 'double precision')
    .addColumn('arc_pattern', 'text')
    .addColumn('flag_kinds', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .addColumn('analyzed', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('call_facts_started_at').on('call_facts').columns(['started_at', 'call_id']).execute();
  for (const column of ['agent_id', 'team', 'queue', 'call_type', 'arc_pattern']) {
    await db.schema.createIndex(`call_facts_${column}_started_at`).on('call_facts').columns([column, 'started_at', 'call_id']).execute();
  }
  for (const [column, exprs] of Object.entries(SORT_EXPRESSIONS)) {
    for (const [direction, expr] of Object.entries(exprs)) {
      await sql`create index ${sql.id(`call_facts_sort_${column}_${direction}`)} on call_facts ((${sql.raw(expr)}), call_id)`.execute(db);
    }
  }
  await db.schema.createIndex('call_facts_flag_kinds').on('call_facts').using('gin').column('flag_kinds').execute();
  const columns = sql.raw(FACT_COLUMNS.join(', '));
  const values = sql.raw(FACT_COLUMNS.map((c) => `new.${c}`).join(', '));
  const updates = sql.raw([...FACT_COLUMNS, 'analyzed'].map((c) => `${c} = excluded.${c}`).join(', '));
  await sql`
    create function undertone_mirror_call_facts() returns trigger language plpgsql as $$
    begin
      insert into call_facts (call_id, ${columns}, analyzed) values (new.id, ${values}, new.analyzed_engine_version is not null)
      on conflict (call_id) do update set ${updates};
      return null;
    end $$`.execute(db);
  await sql`create trigger calls_mirror_facts after insert or update on calls for each row execute function undertone_mirror_call_facts()`.execute(db);
}

/** The same facts the pipeline now writes (see core's readModelOf), read once from the analyses already stored. */
export async function backfillReadModel(db: Kysely<unknown>): Promise<void> {
  const columns = sql.raw(FACT_COLUMNS.join(', '));
  await sql`
    insert into call_facts (call_id, ${columns}, analyzed)
    select id, ${columns}, analyzed_engine_version is not null from calls
    on conflict (call_id) do nothing`.execute(db);
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
