import type { AnalysisJob } from '../queue/job-queue.js';
import type { AnalyzeDeps } from './analyze-stored-call.js';
import type { CallToAnalyze } from './fresh-calls.js';

/**
 * Loads a batch's calls and "already analyzed" marks in two queries (calls this process has just ingested are taken
 * from `deps.fresh` instead of read back), and returns deps that answer the per-job lookups from them.
 */
export async function prefetchBatch(deps: AnalyzeDeps, jobs: AnalysisJob[]): Promise<AnalyzeDeps> {
  const ids = [...new Set(jobs.map((j) => j.callId))];
  const byId = new Map<string, CallToAnalyze>();
  for (const id of ids) {
    const fresh = deps.fresh?.take(id);
    if (fresh) byId.set(id, fresh);
  }
  const toRead = ids.filter((id) => !byId.has(id));
  const [calls, analyzed] = await Promise.all([deps.calls.getCalls(toRead), deps.analyses.analyzedCallIds(ids, deps.steps.engineVersion)]);
  for (const call of calls) byId.set(call.id, call);
  const inBatch = new Set(ids);
  return {
    ...deps,
    calls: {
      getCall: async (id, scope) => (scope.kind === 'all' ? byId.get(id) : undefined) ?? deps.calls.getCall(id, scope),
      getCalls: deps.calls.getCalls,
    },
    analyses: {
      ...deps.analyses,
      hasAnalysis: async (id, version) => (version === deps.steps.engineVersion && inBatch.has(id) ? analyzed.has(id) : deps.analyses.hasAnalysis(id, version)),
    },
  };
}
