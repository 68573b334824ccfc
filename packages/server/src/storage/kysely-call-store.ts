import type { Call } from '@undertone/core';
import { callScopeCondition } from './scope-filter.js';
import { sql, type Expression, type ExpressionBuilder, type Kysely, type Selectable, type SqlBool } from 'kysely';
import { DEFAULT_CALL_SORT, sortSpec } from './call-sort.js';
import type { CallFilters, CallPage, CallStore, CallSummary, InsertOutcome, NewCall, StoredCall } from './call-store.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { CallsTable, Database } from './schema.js';
import { executorFor } from './sql-executor.js';

const MAX_PAGE = 500;
const DEFAULT_PAGE = 50;
const SUMMARY_COLUMNS = [
  'calls.id', 'calls.content_hash', 'calls.source', 'calls.agent_id', 'calls.team', 'calls.queue', 'calls.call_type', 'calls.started_at',
  'calls.duration_ms', 'calls.overall_score', 'calls.auto_failed', 'calls.customer_exit', 'calls.arc_pattern', 'calls.flag_kinds',
  'calls.analyzed_engine_version', 'calls.ingested_at', 'agents.name as agent_name',
] as const;

type SummaryRow = Pick<Selectable<CallsTable>, 'id' | 'content_hash' | 'source' | 'agent_id' | 'team' | 'queue' | 'call_type' | 'started_at' | 'duration_ms'
  | 'overall_score' | 'auto_failed' | 'customer_exit' | 'arc_pattern' | 'flag_kinds' | 'analyzed_engine_version' | 'ingested_at'> & { agent_name: string | null };

export function createCallStore(db: Kysely<Database>): CallStore {
  const withAgent = () => db.selectFrom('calls').leftJoin('agents', 'agents.id', 'calls.agent_id');
  return {
    async insertManyIfAbsent(newCalls: NewCall[], onCreated): Promise<InsertOutcome[]> {
      if (newCalls.length === 0) return [];
      return db.transaction().execute(async (trx) => {
        const inserted = await insertCalls(trx, newCalls);
        const created = newCalls.filter((c) => inserted.has(c.call.id));
        if (created.length > 0) await onCreated(executorFor(trx), created);
        const others = newCalls.filter((c) => !inserted.has(c.call.id)).map((c) => c.call.id);
        const existing = others.length === 0 ? [] : await trx.selectFrom('calls').select(['id', 'content_hash']).where('id', 'in', others).execute();
        const hashes = new Map(existing.map((row) => [row.id, row.content_hash]));
        return newCalls.map((c): InsertOutcome => {
          if (inserted.has(c.call.id)) return { created: true };
          const existingHash = hashes.get(c.call.id);
          if (existingHash === undefined) throw new Error(`call "${c.call.id}" was neither inserted nor found`);
          return { created: false, existingHash };
        });
      });
    },

    async getCall(id, scope) {
      const row = await withAgent().select([...SUMMARY_COLUMNS, 'calls.call']).where('calls.id', '=', id).where(callScopeCondition(scope)).executeTakeFirst();
      return row ? { ...toSummary(row), call: row.call as Call } : undefined;
    },

    async listOutdatedIds(engineVersion, afterId, limit) {
      let query = db.selectFrom('calls').select('id').where('analyzed_engine_version', 'is not', null).where('analyzed_engine_version', '!=', engineVersion);
      if (afterId !== undefined) query = query.where('id', '>', afterId);
      const rows = await query.orderBy('id').limit(limit).execute();
      return rows.map((r) => r.id);
    },

    async getCalls(ids) {
      if (ids.length === 0) return [];
      const rows = await withAgent().select([...SUMMARY_COLUMNS, 'calls.call']).where('calls.id', 'in', ids).execute();
      return rows.map((row) => ({ ...toSummary(row), call: row.call as Call }));
    },

    async listCalls(filters: CallFilters, page, scope): Promise<CallPage> {
      const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
      const sort = page.sort ?? DEFAULT_CALL_SORT;
      const spec = sortSpec(sort);
      // Filter, order and count on the narrow call_facts mirror; only the page's rows touch the wide calls table.
      let query = db
        .selectFrom('call_facts')
        .innerJoin('calls', 'calls.id', 'call_facts.call_id')
        .leftJoin('agents', 'agents.id', 'calls.agent_id')
        .select(SUMMARY_COLUMNS)
        .where((eb) => eb.and(filterConditions(eb, filters)))
        .where(callScopeCondition(scope, 'call_facts'));
      if (page.cursor) {
        const cursor = decodeCursor(page.cursor, sort);
        query = query.where(sql<boolean>`(${spec.expression}, call_facts.call_id) ${spec.descending ? sql`<` : sql`>`} (${spec.keyValue(cursor.key)}, ${cursor.id})`);
      }
      const direction = spec.descending ? 'desc' : 'asc';
      const counting = db
        .selectFrom('call_facts')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where((eb) => eb.and(filterConditions(eb, filters)))
        .where(callScopeCondition(scope, 'call_facts'))
        .executeTakeFirstOrThrow();
      const [rows, count] = await Promise.all([
        query.orderBy(spec.expression, direction).orderBy('call_facts.call_id', direction).limit(limit + 1).execute(),
        counting,
      ]);
      const items = rows.slice(0, limit).map(toSummary);
      const total = Number(count.n);
      const last = items[items.length - 1];
      return rows.length > limit && last ? { items, total, nextCursor: encodeCursor({ sort, key: spec.keyOf(last), id: last.id }) } : { items, total };
    },
  };
}

/** The list filters as WHERE conditions on `call_facts` (shared by the page and its total). */
function filterConditions(eb: ExpressionBuilder<Database, 'call_facts'>, filters: CallFilters): Expression<SqlBool>[] {
  const conditions: Expression<SqlBool>[] = [];
  if (filters.agentId !== undefined) conditions.push(eb('call_facts.agent_id', '=', filters.agentId));
  if (filters.team !== undefined) conditions.push(eb('call_facts.team', '=', filters.team));
  if (filters.queue !== undefined) conditions.push(eb('call_facts.queue', '=', filters.queue));
  if (filters.callType !== undefined) conditions.push(eb('call_facts.call_type', '=', filters.callType));
  if (filters.arcPattern !== undefined) conditions.push(eb('call_facts.arc_pattern', '=', filters.arcPattern));
  if (filters.startedFrom) conditions.push(eb('call_facts.started_at', '>=', filters.startedFrom));
  if (filters.startedTo) conditions.push(eb('call_facts.started_at', '<', filters.startedTo));
  if (filters.minScore !== undefined) conditions.push(eb('call_facts.overall_score', '>=', filters.minScore));
  if (filters.maxScore !== undefined) conditions.push(eb('call_facts.overall_score', '<=', filters.maxScore));
  if (filters.flagKind !== undefined) conditions.push(sql<boolean>`call_facts.flag_kinds @> array[${filters.flagKind}]::text[]`);
  return conditions;
}

/**
 * Agents, teams, calls and provenance of many calls in ONE statement (round trips and statements dominate ingest
 * cost, on PGlite most of all): the batch travels as one JSON document, and only calls whose id was free get
 * provenance. Utterances live in the call's JSON (the `utterances` view reads them from there, migration 0006).
 * Rows go in id order, so two batches sharing ids lock them in the same order. Returns the ids inserted.
 */
async function insertCalls(trx: Kysely<Database>, newCalls: NewCall[]): Promise<Set<string>> {
  const batch = newCalls.map(({ call, contentHash, source, provenance, receivedAt }, ord) => ({
    ord,
    id: call.id,
    agent_id: call.agent.id,
    agent_name: call.agent.name ?? null,
    team: call.team ?? null,
    queue: call.queue ?? null,
    call_type: call.callType ?? null,
    direction: call.direction ?? null,
    started_at: call.startedAt ? new Date(call.startedAt).toISOString() : receivedAt.toISOString(),
    duration_ms: call.durationMs ?? null,
    content_hash: contentHash,
    source,
    call,
    format: provenance?.format ?? null,
    provenance: provenance ?? null,
  }));
  const { rows } = await sql<{ id: string }>`
    with batch as (
      select * from jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) as b(
        ord int, id text, agent_id text, agent_name text, team text, queue text, call_type text, direction text, started_at timestamptz,
        duration_ms float8, content_hash text, source text, call jsonb, format text, provenance jsonb)
    ), agent as (
      insert into agents (id, name)
      select distinct on (agent_id) agent_id, agent_name from batch order by agent_id, ord
      on conflict (id) do nothing
    ), agent_name as (
      -- An agent row made before its first call (an agent's account) has no name; the first call naming them fills it.
      -- Only nameless rows are touched, so concurrent batches do not queue on the agents they share.
      update agents a set name = n.agent_name
      from (select distinct on (agent_id) agent_id, agent_name from batch where agent_name is not null order by agent_id, ord) n
      where a.id = n.agent_id and a.name is null
    ), team as (
      insert into teams (name) select distinct team from batch where team is not null order by team on conflict (name) do nothing
    ), inserted as (
      insert into calls (id, agent_id, team, queue, call_type, direction, started_at, duration_ms, content_hash, source, call)
      select id, agent_id, team, queue, call_type, direction, started_at, duration_ms, content_hash, source, call from batch order by id
      on conflict (id) do nothing
      returning id
    ), provenance as (
      insert into import_provenance (call_id, source, format, provenance)
      select b.id, b.source, b.format, b.provenance from batch b join inserted i on i.id = b.id where b.provenance is not null
    )
    select id from inserted`.execute(trx);
  return new Set(rows.map((r) => r.id));
}

function toSummary(row: SummaryRow): CallSummary {
  return {
    id: row.id,
    contentHash: row.content_hash,
    source: row.source,
    agentId: row.agent_id,
    agentName: row.agent_name,
    team: row.team,
    queue: row.queue,
    callType: row.call_type,
    startedAt: new Date(row.started_at),
    durationMs: row.duration_ms,
    overallScore: row.overall_score,
    autoFailed: row.auto_failed,
    customerExit: row.customer_exit,
    arcPattern: row.arc_pattern,
    flagKinds: row.flag_kinds ?? [],
    analyzedEngineVersion: row.analyzed_engine_version,
    ingestedAt: new Date(row.ingested_at),
  };
}

export type { StoredCall };
