import type { Call } from '@undertone/core';
import { sql, type Kysely } from 'kysely';
import { contentHash } from '../pipeline/content-hash.js';
import type { JobQueue } from '../queue/job-queue.js';
import type { Database } from '../storage/schema.js';
import { executorFor } from '../storage/sql-executor.js';
import { DEMO_PROVENANCE } from './demo-provenance.js';

/**
 * Stores many generated calls in one transaction with set-based inserts, and queues their analysis in it.
 * The same rows `CallStore.insertIfAbsent` writes, for the demo's thousands of calls at once
 * (a transaction per call costs far more than the rows themselves on the embedded database).
 * Returns how many calls were new; calls already stored are left alone.
 */
export async function insertDemoBatch(db: Kysely<Database>, queue: JobQueue, calls: Call[], receivedAt: Date): Promise<number> {
  if (calls.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const agents = [...new Map(calls.map((c) => [c.agent.id, c.agent.name ?? null])).entries()];
    await sql`
      insert into agents (id, name) select * from unnest(${agents.map((a) => a[0])}::text[], ${agents.map((a) => a[1])}::text[])
      on conflict (id) do update set name = excluded.name where agents.name is null`.execute(trx);
    const teams = [...new Set(calls.flatMap((c) => (c.team ? [c.team] : [])))];
    if (teams.length > 0) await sql`insert into teams (name) select * from unnest(${teams}::text[]) on conflict (name) do nothing`.execute(trx);

    const inserted = await sql<{ id: string }>`
      insert into calls (id, agent_id, team, queue, call_type, direction, started_at, duration_ms, content_hash, source, call)
      select t.id, t.agent_id, t.team, t.queue, t.call_type, t.direction, t.started_at, t.duration_ms, t.content_hash, 'demo', t.call::jsonb
      from unnest(
        ${calls.map((c) => c.id)}::text[], ${calls.map((c) => c.agent.id)}::text[], ${calls.map((c) => c.team ?? null)}::text[],
        ${calls.map((c) => c.queue ?? null)}::text[], ${calls.map((c) => c.callType ?? null)}::text[], ${calls.map((c) => c.direction ?? null)}::text[],
        ${calls.map((c) => c.startedAt ?? receivedAt.toISOString())}::timestamptz[], ${calls.map((c) => c.durationMs ?? null)}::float8[],
        ${calls.map((c) => contentHash(c))}::text[], ${calls.map((c) => JSON.stringify(c))}::text[]
      ) as t(id, agent_id, team, queue, call_type, direction, started_at, duration_ms, content_hash, call)
      on conflict (id) do nothing
      returning id`.execute(trx);
    const fresh = new Set(inserted.rows.map((r) => r.id));
    const newCalls = calls.filter((c) => fresh.has(c.id));
    if (newCalls.length === 0) return 0;

    await sql`
      insert into import_provenance (call_id, source, format, provenance)
      select id, 'demo', 'native', ${JSON.stringify(DEMO_PROVENANCE)}::jsonb from unnest(${newCalls.map((c) => c.id)}::text[]) as t(id)`.execute(trx);
    await queue.enqueueAnalyses(newCalls.map((c) => ({ callId: c.id, replace: false })), executorFor(trx));
    return newCalls.length;
  });
}
