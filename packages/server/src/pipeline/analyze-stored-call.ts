import type { AnalysisStore } from '../storage/analysis-store.js';
import type { CallStore } from '../storage/call-store.js';
import type { AnalysisJob } from '../queue/job-queue.js';
import type { PipelineSteps } from './steps.js';

export interface AnalyzeDeps {
  calls: Pick<CallStore, 'getCall' | 'getCalls'>;
  analyses: AnalysisStore;
  steps: Pick<PipelineSteps, 'engineVersion' | 'analyze' | 'score' | 'evaluatePolicies'>;
}

export type AnalyzeOutcome = 'analyzed' | 'already-analyzed' | 'call-missing';

/**
 * The job handler: analyze -> score -> evaluate policies -> store, keyed by call id + engine version.
 * Safe to run twice for the same job (a retry after a worker died): the second run writes nothing.
 */
export async function analyzeStoredCall(deps: AnalyzeDeps, job: AnalysisJob): Promise<AnalyzeOutcome> {
  const { steps } = deps;
  if (!job.replace && (await deps.analyses.hasAnalysis(job.callId, steps.engineVersion))) return 'already-analyzed';
  const stored = await deps.calls.getCall(job.callId);
  if (!stored) return 'call-missing';
  const analysis = steps.analyze(stored.call);
  const scorecards = steps.score(analysis);
  const { flags, triggers } = steps.evaluatePolicies(analysis, scorecards);
  const { written } = await deps.analyses.saveResult(
    { callId: stored.id, agentId: stored.agentId, engineVersion: steps.engineVersion, analysis: { ...analysis, scorecard: analysis.scorecard ?? scorecards[0], flags }, scorecards, flags, triggers },
    { replace: job.replace },
  );
  return written ? 'analyzed' : 'already-analyzed';
}
