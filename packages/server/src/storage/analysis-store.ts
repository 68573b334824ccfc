import type { CallAnalysis, Flag, Scorecard } from '@undertone/core';
import type { SqlExecutor } from './sql-executor.js';

export interface RecordedFlag extends Flag {
  policyVersion?: number;
}

export interface CoachingTriggerRecord {
  kind: string;
  reason: string;
  policy?: string;
  policyVersion?: number;
}

export interface AnalysisResult {
  callId: string;
  agentId: string;
  engineVersion: string;
  analysis: CallAnalysis;
  scorecards: Scorecard[];
  flags: RecordedFlag[];
  triggers: CoachingTriggerRecord[];
  /**
   * `analysis.call` is the call as stored under `callId`: the stored analysis then leaves it out (a second copy of
   * the transcript per analysis) and reads take it from the call's row.
   */
  callIsStored?: boolean;
}

export interface StoredAnalysis {
  callId: string;
  engineVersion: string;
  analysis: CallAnalysis;
  analyzedAt: Date;
}

export interface PipelineFailure {
  callId: string;
  engineVersion: string;
  attempts: number;
  lastError: string;
  dead: boolean;
  updatedAt: Date;
}

/** What the pipeline and the read side need from analysis storage. */
export interface AnalysisStore {
  hasAnalysis(callId: string, engineVersion: string): Promise<boolean>;
  /** Which of `callIds` already have an analysis for `engineVersion` (one query for a worker's batch). */
  analyzedCallIds(callIds: string[], engineVersion: string): Promise<Set<string>>;
  /**
   * Stores analyses with their scorecards, flags and triggers in one transaction, keyed by call id + engine version,
   * and refreshes the calls' summary columns. `replace: false` keeps existing analyses (a retried job);
   * `true` overwrites them (re-analysis). Returns the call ids it wrote. `inTransaction` runs last in the same
   * transaction, whatever was written (the worker completes the batch's jobs there, so results and completions
   * commit together).
   */
  saveResults(results: AnalysisResult[], opts: { replace: boolean; inTransaction?: (tx: SqlExecutor) => Promise<void> }): Promise<{ written: string[] }>;
  getAnalysis(callId: string, engineVersion?: string): Promise<StoredAnalysis | undefined>;
  countAnalyses(callId: string): Promise<number>;
  listFlags(callId: string): Promise<Array<RecordedFlag & { engineVersion: string }>>;
  listTriggers(callId: string): Promise<Array<CoachingTriggerRecord & { engineVersion: string }>>;
  recordFailure(failure: { callId: string; engineVersion: string; error: string; dead: boolean }): Promise<void>;
  listFailures(opts?: { deadOnly?: boolean; limit?: number }): Promise<PipelineFailure[]>;
}
