import type { Call, CallAnalysis, ImportProvenance, Scorecard } from '@undertone/core';
import type { CoachingTriggerRecord, RecordedFlag } from '../storage/analysis-store.js';

/**
 * The pure domain functions the pipeline calls, typed as narrowly as the pipeline uses them.
 * Core's real implementations are wired in one place (`default-steps.ts`); tests pass their own.
 */
export interface ImportOptions {
  source?: string;
  format?: string;
  agentSpeaker?: string;
  metadata?: Record<string, unknown>;
}
export type ImportStep = (input: Uint8Array | string, opts: ImportOptions) => { call: Call; provenance: ImportProvenance };
export type AnalyzeStep = (call: Call) => CallAnalysis;
/** One scorecard per rubric that applies to the call (each names its rubric version). */
export type ScoreStep = (analysis: CallAnalysis) => Scorecard[];
export type EvaluatePoliciesStep = (analysis: CallAnalysis, scorecards: Scorecard[]) => { flags: RecordedFlag[]; triggers: CoachingTriggerRecord[] };

export interface PipelineSteps {
  engineVersion: string;
  importTranscript: ImportStep;
  analyze: AnalyzeStep;
  score: ScoreStep;
  evaluatePolicies: EvaluatePoliciesStep;
}
