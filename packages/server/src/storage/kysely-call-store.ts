import type { Call } from '@undertone/core';
import { callScopeCondition } from './scope-filter.js';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { CallFilters, CallPage, CallStore, CallSummary, InsertOutcome, NewCall, StoredCall } from './call-store.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { CallsTable, Database } from './schema.js';
import { executorFor } from './sql-executor.js';

const MAX_PAGE = 500;
const DEFAULT_PAGE = 50;
const SUMMARY_COLUMNS = [
  'id', 'content_hash', 'source', 'agent_id', 'team', 'queue', 'call_type', 'started_at',
  'overall_score', 'arc_pattern', 'flag_kinds', 'analyzed_engine_version', 'ingested_at',
] as const;

export function createCallStore(db: Kysely<Database>): CallStore {
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
      const row = await db.selectFrom('calls').selectAll().where('id', '=', id).where(callScopeCondition(scope)).executeTakeFirst();
      return row ? { ...toSummary(row), call: row.call as Call } : undefined;
    },

    async getCalls(ids) {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('calls').selectAll().where('id', 'in', ids).execute();
      return rows.map((row) => ({ ...toSummary(row), call: row.call as Call }));
    },

    async listCalls(filters: CallFilters, page, scope): Promise<CallPage> {
      const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
      let query = db.selectFrom('calls').select(SUMMARY_COLUMNS).where(callScopeCondition(scope));
      if (filters.agentId !== undefined) query = query.where('agent_id', '=', filters.agentId);
      if (filters.team !== undefined) query = query.where('team', '=', filters.team);
      if (filters.queue !== undefined) query = query.where('queue', '=', filters.queue);
      if (filters.callType !== undefined) query = query.where('call_type', '=', filters.callType);
      if (filters.arcPattern !== undefined) query = query.where('arc_pattern', '=', filters.arcPattern);
      if (filters.startedFrom) query = query.where('started_at', '>=', filters.startedFrom);
      if (filters.startedTo) query = query.where('started_at', '<', filters.startedTo);
      if (filters.minScore !== undefined) query = query.where('overall_score', '>=', filters.minScore);
      if (filters.maxScore !== undefined) query = query.where('overall_score', '<=', filters.maxScore);
      if (filters.flagKind !== undefined) query = query.where(sql<boolean>`flag_kinds @> array[${filters.flagKind}]::text[]`);
      if (page.cursor) {
        const cursor = decodeCursor(page.cursor);
        query = query.where((eb) => eb(eb.refTuple('started_at', 'id'), '<', eb.tuple(cursor.startedAt, cursor.id)));
      }
      const rows = await query.orderBy('started_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
      const items = rows.slice(0, limit).map(toSummary);
      const last = items[items.length - 1];
      return rows.length > limit && last ? { items, nextCursor: encodeCursor({ startedAt: last.startedAt, id: last.id }) } : { items };
    },
  };
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

function toSummary(row: Pick<Selectable<CallsTable>, (typeof SUMMARY_COLUMNS)[number]>): CallSummary {
  return {
    id: row.id,
    contentHash: row.content_hash,
    source: row.source,
    agentId: row.agent_id,
    team: row.team,
    queue: row.queue,
    callType: row.call_type,
    startedAt: new Date(row.started_at),
    overallScore: row.overall_score,
    arcPattern: row.arc_pattern,
    flagKinds: row.flag_kinds ?? [],
    analyzedEngineVersion: row.analyzed_engine_version,
    ingestedAt: new Date(row.ingested_at),
  };
}

export type { StoredCall };
