import { ALL_DATA, type Call, type DataScope } from '@undertone/core';
import type { AnalysisResult, AnalysisStore } from '../storage/analysis-store.js';
import type { AnalysisJob } from '../queue/job-queue.js';
import type { CallToAnalyze, FreshCalls } from './fresh-calls.js';
import { runAnalysisSteps, type ComputedAnalysis } from './run-analysis-steps.js';
import type { PipelineSteps } from './steps.js';

export interface AnalyzeDeps {
  calls: { getCall(id: string, scope: DataScope): Promise<CallToAnalyze | undefined>; getCalls(ids: string[]): Promise<CallToAnalyze[]> };
  /** Calls this process has just ingested, taken instead of read back when a batch is prefetched. */
  fresh?: FreshCalls;
  analyses: AnalysisStore;
  steps: Pick<PipelineSteps, 'engineVersion' | 'analyze' | 'score' | 'evaluatePolicies'>;
  /** Runs `steps`' computation elsewhere (the analysis threads); in this thread when absent. */
  compute?: (call: Call) => Promise<ComputedAnalysis>;
}

export type AnalyzeOutcome = 'analyzed' | 'already-analyzed' | 'call-missing';

/** analyze -> score -> evaluate policies, without storing; `undefined` result when there is nothing to do. */
export async function computeAnalysis(deps: AnalyzeDeps, job: AnalysisJob): Promise<{ outcome: AnalyzeOutcome; result?: AnalysisResult }> {
  const { steps } = deps;
  if (!job.replace && (await deps.analyses.hasAnalysis(job.callId, steps.engineVersion))) return { outcome: 'already-analyzed' };
  const stored = await deps.calls.getCall(job.callId, ALL_DATA);
  if (!stored) return { outcome: 'call-missing' };
  const computed = deps.compute ? await deps.compute(stored.call) : runAnalysisSteps(steps, stored.call);
  const callIsStored = computed.analysis.call === stored.call;
  return { outcome: 'analyzed', result: { callId: stored.id, agentId: stored.agentId, engineVersion: steps.engineVersion, ...computed, callIsStored } };
}

/**
 * The job handler for one job: compute, then store keyed by call id + engine version.
 * Safe to run twice for the same job (a retry after a worker died): the second run writes nothing.
 */
export async function analyzeStoredCall(deps: AnalyzeDeps, job: AnalysisJob): Promise<AnalyzeOutcome> {
  const { outcome, result } = await computeAnalysis(deps, job);
  if (!result) return outcome;
  const { written } = await deps.analyses.saveResults([result], { replace: job.replace });
  return written.length > 0 ? 'analyzed' : 'already-analyzed';
}
