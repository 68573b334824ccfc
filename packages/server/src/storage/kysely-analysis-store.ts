import type { CallAnalysis } from '@undertone/core';
import { sql, type Kysely } from 'kysely';
import type { AnalysisResult, AnalysisStore } from './analysis-store.js';
import type { Database } from './schema.js';

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

    async saveResult(result: AnalysisResult, opts) {
      return db.transaction().execute(async (trx) => {
        const values = { call_id: result.callId, engine_version: result.engineVersion, analysis: JSON.stringify(result.analysis) };
        const written = await trx
          .insertInto('analyses')
          .values(values)
          .onConflict((oc) =>
            opts.replace
              ? oc.columns(['call_id', 'engine_version']).doUpdateSet({ analysis: values.analysis, analyzed_at: sql`now()` })
              : oc.columns(['call_id', 'engine_version']).doNothing(),
          )
          .returning('call_id')
          .executeTakeFirst();
        if (!written) return { written: false };
        // A first analysis for this key has no derived rows yet; only a replacement has old ones to clear.
        await writeDerivedRows(trx, result, opts.replace);
        const first = result.scorecards[0];
        await trx
          .updateTable('calls')
          .set({
            overall_score: first ? first.overall : null,
            arc_pattern: result.analysis.sentiment?.arcs.customer.pattern ?? null,
            flag_kinds: [...new Set(result.flags.map((f) => f.kind))].sort(),
            analyzed_engine_version: result.engineVersion,
          })
          .where('id', '=', result.callId)
          .execute();
        await trx.deleteFrom('pipeline_failures').where('call_id', '=', result.callId).where('engine_version', '=', result.engineVersion).execute();
        return { written: true };
      });
    },

    async getAnalysis(callId, engineVersion) {
      let query = db.selectFrom('analyses').selectAll().where('call_id', '=', callId);
      if (engineVersion !== undefined) query = query.where('engine_version', '=', engineVersion);
      const row = await query.orderBy('analyzed_at', 'desc').limit(1).executeTakeFirst();
      if (!row) return undefined;
      return { callId: row.call_id, engineVersion: row.engine_version, analysis: row.analysis as CallAnalysis, analyzedAt: new Date(row.analyzed_at) };
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

async function writeDerivedRows(trx: Kysely<Database>, result: AnalysisResult, clearOld: boolean): Promise<void> {
  const key = { call_id: result.callId, engine_version: result.engineVersion };
  if (clearOld) {
    for (const table of ['scorecards', 'flags', 'coaching_triggers'] as const) {
      await trx.deleteFrom(table).where('call_id', '=', key.call_id).where('engine_version', '=', key.engine_version).execute();
    }
  }
  if (result.scorecards.length > 0) {
    await trx
      .insertInto('scorecards')
      .values(result.scorecards.map((s) => ({ ...key, rubric_id: s.rubricId, rubric_version: s.rubricVersion ?? null, overall: s.overall, auto_failed: s.autoFailed, scorecard: JSON.stringify(s) })))
      .execute();
  }
  if (result.flags.length > 0) {
    await trx
      .insertInto('flags')
      .values(result.flags.map((f) => ({ ...key, kind: f.kind, policy_id: f.policy, policy_version: f.policyVersion ?? null, reason: f.reason })))
      .execute();
  }
  if (result.triggers.length > 0) {
    await trx
      .insertInto('coaching_triggers')
      .values(result.triggers.map((t) => ({ ...key, agent_id: result.agentId, kind: t.kind, policy_id: t.policy ?? null, policy_version: t.policyVersion ?? null, reason: t.reason })))
      .execute();
  }
}
