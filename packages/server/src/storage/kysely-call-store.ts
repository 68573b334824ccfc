import type { Call } from '@undertone/core';
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
        await trx.insertInto('agents').values({ id: call.agent.id, name: call.agent.name ?? null }).onConflict((oc) => oc.column('id').doNothing()).execute();
        if (call.team) await trx.insertInto('teams').values({ name: call.team }).onConflict((oc) => oc.column('name').doNothing()).execute();
        const inserted = await trx
          .insertInto('calls')
          .values({
            id: call.id,
            agent_id: call.agent.id,
            team: call.team ?? null,
            queue: call.queue ?? null,
            call_type: call.callType ?? null,
            direction: call.direction ?? null,
            started_at: call.startedAt ? new Date(call.startedAt) : newCall.receivedAt,
            duration_ms: call.durationMs ?? null,
            content_hash: newCall.contentHash,
            source: newCall.source,
            call: JSON.stringify(call),
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) {
          const existing = await trx.selectFrom('calls').select('content_hash').where('id', '=', call.id).executeTakeFirstOrThrow();
          return { created: false, existingHash: existing.content_hash };
        }
        await insertUtterances(trx, call);
        if (newCall.provenance) {
          await trx
            .insertInto('import_provenance')
            .values({ call_id: call.id, source: newCall.source, format: newCall.provenance.format, provenance: JSON.stringify(newCall.provenance) })
            .execute();
        }
        await onCreated(executorFor(trx));
        return { created: true };
      });
    },

    async getCall(id) {
      const row = await db.selectFrom('calls').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? { ...toSummary(row), call: row.call as Call } : undefined;
    },

    async getCalls(ids) {
      if (ids.length === 0) return [];
      const rows = await db.selectFrom('calls').selectAll().where('id', 'in', ids).execute();
      return rows.map((row) => ({ ...toSummary(row), call: row.call as Call }));
    },

    async listCalls(filters: CallFilters, page): Promise<CallPage> {
      const limit = Math.min(Math.max(page.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
      let query = db.selectFrom('calls').select(SUMMARY_COLUMNS);
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
async function insertUtterances(trx: Kysely<Database>, call: Call): Promise<void> {
  const u = call.utterances;
  await sql`
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
