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
    async insertIfAbsent(newCall: NewCall, onCreated): Promise<InsertOutcome> {
      const { call } = newCall;
      return db.transaction().execute(async (trx) => {
        // Agent, team and call in one statement: round trips dominate ingest cost, on PGlite most of all.
        const inserted = await sql<{ id: string }>`
          with agent as (
            insert into agents (id, name) values (${call.agent.id}, ${call.agent.name ?? null}) on conflict (id) do nothing
          ), team as (
            insert into teams (name) select ${call.team ?? null}::text where ${call.team ?? null}::text is not null on conflict (name) do nothing
          )
          insert into calls (id, agent_id, team, queue, call_type, direction, started_at, duration_ms, content_hash, source, call)
          values (${call.id}, ${call.agent.id}, ${call.team ?? null}, ${call.queue ?? null}, ${call.callType ?? null}, ${call.direction ?? null},
                  ${call.startedAt ? new Date(call.startedAt) : newCall.receivedAt}, ${call.durationMs ?? null}, ${newCall.contentHash},
                  ${newCall.source}, ${JSON.stringify(call)}::jsonb)
          on conflict (id) do nothing
          returning id`.execute(trx);
        if (inserted.rows.length === 0) {
          const existing = await trx.selectFrom('calls').select('content_hash').where('id', '=', call.id).executeTakeFirstOrThrow();
          return { created: false, existingHash: existing.content_hash };
        }
        await insertUtterancesAndProvenance(trx, newCall);
        await onCreated(executorFor(trx));
        return { created: true };
      });
    },

    async getCall(id, scope) {
      const row = await withAgent().select([...SUMMARY_COLUMNS, 'calls.call']).where('calls.id', '=', id).where(callScopeCondition(scope)).executeTakeFirst();
      return row ? { ...toSummary(row), call: row.call as Call } : undefined;
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

/** One statement per call: row-by-row inserts are slow on the embedded database. */
async function insertUtterancesAndProvenance(trx: Kysely<Database>, newCall: NewCall): Promise<void> {
  const { call, provenance } = newCall;
  const u = call.utterances;
  await sql`
    with provenance as (
      insert into import_provenance (call_id, source, format, provenance)
      select ${call.id}, ${newCall.source}, ${provenance?.format ?? null}::text, ${provenance ? JSON.stringify(provenance) : null}::jsonb
      where ${provenance ? 1 : 0}::int = 1
    )
    insert into utterances (call_id, idx, speaker, start_ms, end_ms, text)
    select ${call.id}, t.idx, t.speaker, t.start_ms, t.end_ms, t.text
    from unnest(${u.map((_, i) => i)}::int[], ${u.map((x) => x.speaker)}::text[], ${u.map((x) => x.startMs)}::float8[],
                ${u.map((x) => x.endMs)}::float8[], ${u.map((x) => x.text)}::text[]) as t(idx, speaker, start_ms, end_ms, text)
  `.execute(trx);
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
