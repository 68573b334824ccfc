import type { Call, CallAnalysis, Scorecard } from '@undertone/core';
import type { CoachingTriggerRecord, RecordedFlag } from '../storage/analysis-store.js';
import type { PipelineSteps } from './steps.js';

/** What a job computes for one call before anything is stored. */
export interface ComputedAnalysis {
  /** The analysis as stored: with the first scorecard and the flags folded in. */
  analysis: CallAnalysis;
  scorecards: Scorecard[];
  flags: RecordedFlag[];
  triggers: CoachingTriggerRecord[];
}

/** analyze -> score -> evaluate policies: pure computation, the same in this thread or an analysis thread. */
export function runAnalysisSteps(steps: Pick<PipelineSteps, 'analyze' | 'score' | 'evaluatePolicies'>, call: Call): ComputedAnalysis {
  const analysis = steps.analyze(call);
  const scorecards = steps.score(analysis);
  const { flags, triggers } = steps.evaluatePolicies(analysis, scorecards);
  const scorecard = analysis.scorecard ?? scorecards[0];
  return { analysis: { ...analysis, ...(scorecard ? { scorecard } : {}), flags }, scorecards, flags, triggers };
}
