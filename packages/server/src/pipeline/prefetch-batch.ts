import type { StoredCall } from '../storage/call-store.js';
import type { AnalysisJob } from '../queue/job-queue.js';
import type { AnalyzeDeps } from './analyze-stored-call.js';

/**
 * Loads a batch's calls and "already analyzed" marks in two queries, and returns deps that answer
 * the per-job lookups from them. Writes still go to the real stores, one transaction per call.
 */
export async function prefetchBatch(deps: AnalyzeDeps, jobs: AnalysisJob[]): Promise<AnalyzeDeps> {
  const ids = [...new Set(jobs.map((j) => j.callId))];
  const [calls, analyzed] = await Promise.all([deps.calls.getCalls(ids), deps.analyses.analyzedCallIds(ids, deps.steps.engineVersion)]);
  const byId = new Map<string, StoredCall>(calls.map((c) => [c.id, c]));
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
