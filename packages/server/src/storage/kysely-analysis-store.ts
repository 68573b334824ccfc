import type { Call, CallAnalysis } from '@undertone/core';
import { sql, type Kysely } from 'kysely';
import type { AnalysisResult, AnalysisStore } from './analysis-store.js';
import type { Database } from './schema.js';
import { executorFor } from './sql-executor.js';
import { writeReadModel } from './write-read-model.js';

export function createAnalysisStore(db: Kysely<Database>): AnalysisStore {
  return {
    async hasAnalysis(callId, engineVersion) {
      const row = await db.selectFrom('analyses').select('call_id').where('call_id', '=', callId).where('engine_version', '=', engineVersion).executeTakeFirst();
      return row !== undefined;
    },

    async analyzedCallIds(callIds, engineVersion) {
      if (callIds.length === 0) return new Set();
      const rows = await db.selectFrom('analyses').select('call_id').where('call_id', 'in', callIds).where('engine_version', '=', engineVersion).execute();
      return new Set(rows.map((r) => r.call_id));
    },

    async saveResults(results: AnalysisResult[], opts) {
      const unique = [...new Map(results.map((r) => [`${r.callId}\u0000${r.engineVersion}`, r])).values()];
      if (unique.length === 0 && !opts.inTransaction) return { written: [] };
      return db.transaction().execute(async (trx) => {
        const written = await writeResults(trx, unique, opts.replace);
        if (opts.inTransaction) await opts.inTransaction(executorFor(trx));
        return { written: written.map((r) => r.callId) };
      });
    },

    async getAnalysis(callId, engineVersion) {
      let query = db
        .selectFrom('analyses')
        .leftJoin('calls', 'calls.id', 'analyses.call_id')
        .select(['analyses.call_id', 'analyses.engine_version', 'analyses.analysis', 'analyses.analyzed_at'])
        .select(sql<Call | null>`case when analyses.analysis -> 'call' is null then calls.call end`.as('stored_call'))
        .where('analyses.call_id', '=', callId);
      if (engineVersion !== undefined) query = query.where('analyses.engine_version', '=', engineVersion);
      const row = await query.orderBy('analyses.analyzed_at', 'desc').limit(1).executeTakeFirst();
      if (!row) return undefined;
      const analysis = row.stored_call ? { ...(row.analysis as Omit<CallAnalysis, 'call'>), call: row.stored_call } : (row.analysis as CallAnalysis);
      return { callId: row.call_id, engineVersion: row.engine_version, analysis, analyzedAt: new Date(row.analyzed_at) };
    },

    async countAnalyses(callId) {
      const row = await db.selectFrom('analyses').select((eb) => eb.fn.countAll<string>().as('n')).where('call_id', '=', callId).executeTakeFirstOrThrow();
      return Number(row.n);
    },

    async listFlags(callId) {
      const rows = await db.selectFrom('flags').selectAll().where('call_id', '=', callId).orderBy('id').execute();
      return rows.map((r) => ({ kind: r.kind, policy: r.policy_id, reason: r.reason, engineVersion: r.engine_version, ...(r.policy_version !== null ? { policyVersion: r.policy_version } : {}) }));
    },

    async listTriggers(callId) {
      const rows = await db.selectFrom('coaching_triggers').selectAll().where('call_id', '=', callId).orderBy('id').execute();
      return rows.map((r) => ({
        kind: r.kind,
        reason: r.reason,
        engineVersion: r.engine_version,
        ...(r.policy_id !== null ? { policy: r.policy_id } : {}),
        ...(r.policy_version !== null ? { policyVersion: r.policy_version } : {}),
      }));
    },

    async recordFailure(failure) {
      await db
        .insertInto('pipeline_failures')
        .values({ call_id: failure.callId, engine_version: failure.engineVersion, attempts: 1, last_error: failure.error, dead: failure.dead })
        .onConflict((oc) =>
          oc.columns(['call_id', 'engine_version']).doUpdateSet({
            attempts: sql`pipeline_failures.attempts + 1`,
            last_error: failure.error,
            dead: failure.dead,
            updated_at: sql`now()`,
          }),
        )
        .execute();
    },

    async listFailures(opts = {}) {
      let query = db.selectFrom('pipeline_failures').selectAll();
      if (opts.deadOnly) query = query.where('dead', '=', true);
      const rows = await query.orderBy('updated_at', 'desc').limit(opts.limit ?? 100).execute();
      return rows.map((r) => ({ callId: r.call_id, engineVersion: r.engine_version, attempts: r.attempts, lastError: r.last_error, dead: r.dead, updatedAt: new Date(r.updated_at) }));
    },
  };
}

/** The analysis as stored: without the transcript when it is the call's own row (`getAnalysis` puts it back). */
function storedForm(result: AnalysisResult): CallAnalysis | Omit<CallAnalysis, 'call'> {
  if (!result.callIsStored) return result.analysis;
  const { call: _stored, ...rest } = result.analysis;
  return rest;
}

/** Inserts the analyses whose key is free (or all, replacing, with `replace`) with their derived and read-model rows; returns those written. */
async function writeResults(trx: Kysely<Database>, unique: AnalysisResult[], replace: boolean): Promise<AnalysisResult[]> {
  if (unique.length === 0) return [];
  const rows = unique.map((r) => ({ call_id: r.callId, engine_version: r.engineVersion, analysis: JSON.stringify(storedForm(r)) }));
  const inserted = await trx
    .insertInto('analyses')
    .values(rows)
    .onConflict((oc) =>
      replace
        ? oc.columns(['call_id', 'engine_version']).doUpdateSet((eb) => ({ analysis: eb.ref('excluded.analysis'), analyzed_at: sql`now()` }))
        : oc.columns(['call_id', 'engine_version']).doNothing(),
    )
    .returning(['call_id', 'engine_version'])
    .execute();
  const insertedKeys = new Set(inserted.map((r) => `${r.call_id}\u0000${r.engine_version}`));
  const written = unique.filter((r) => insertedKeys.has(`${r.callId}\u0000${r.engineVersion}`));
  if (written.length === 0) return [];
  // A first analysis for a key has no derived rows yet; only replacements have old ones to clear.
  if (replace) await deleteByKeys(trx, ['scorecards', 'flags', 'coaching_triggers'], written);
  await insertDerivedRows(trx, written);
  await writeReadModel(trx, written);
  await deleteByKeys(trx, ['pipeline_failures'], written);
  return written;
}

type Key = Pick<AnalysisResult, 'callId' | 'engineVersion'>;

async function deleteByKeys(trx: Kysely<Database>, tables: Array<'scorecards' | 'flags' | 'coaching_triggers' | 'pipeline_failures'>, keys: Key[]): Promise<void> {
  for (const [engineVersion, callIds] of groupByEngine(keys)) {
    for (const table of tables) await trx.deleteFrom(table).where('engine_version', '=', engineVersion).where('call_id', 'in', callIds).execute();
  }
}

function groupByEngine(keys: Key[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const k of keys) groups.set(k.engineVersion, [...(groups.get(k.engineVersion) ?? []), k.callId]);
  return groups;
}

async function insertDerivedRows(trx: Kysely<Database>, results: AnalysisResult[]): Promise<void> {
  const scorecards = results.flatMap((r) =>
    r.scorecards.map((s) => ({ call_id: r.callId, engine_version: r.engineVersion, rubric_id: s.rubricId, rubric_version: s.rubricVersion ?? null, overall: s.overall, auto_failed: s.autoFailed, scorecard: JSON.stringify(s) })),
  );
  if (scorecards.length > 0) await trx.insertInto('scorecards').values(scorecards).execute();
  const flags = results.flatMap((r) =>
    r.flags.map((f) => ({ call_id: r.callId, engine_version: r.engineVersion, kind: f.kind, policy_id: f.policy, policy_version: f.policyVersion ?? null, reason: f.reason })),
  );
  if (flags.length > 0) await trx.insertInto('flags').values(flags).execute();
  const triggers = results.flatMap((r) =>
    r.triggers.map((t) => ({ call_id: r.callId, engine_version: r.engineVersion, agent_id: r.agentId, kind: t.kind, policy_id: t.policy ?? null, policy_version: t.policyVersion ?? null, reason: t.reason })),
  );
  if (triggers.length > 0) await trx.insertInto('coaching_triggers').values(triggers).execute();
}
