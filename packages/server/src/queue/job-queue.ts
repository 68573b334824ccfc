import type { SqlExecutor } from '../storage/sql-executor.js';

/** Analyze (or re-analyze with `replace`) one stored call. */
export interface AnalysisJob {
  callId: string;
  replace: boolean;
}

export interface FetchedAnalysisJob {
  id: string;
  data: AnalysisJob;
  /** 0 on the first attempt. */
  retryCount: number;
  /** When this attempt fails the job is dead-lettered instead of retried. */
  finalAttempt: boolean;
}

/** What the use-cases and the worker loop need from the job system. */
export interface JobQueue {
  /** Pass `tx` to insert the job inside an open transaction: it then commits or rolls back with it. */
  enqueueAnalysis(job: AnalysisJob, tx?: SqlExecutor): Promise<void>;
  /** Many jobs in one statement (bulk loads such as the demo); `tx` as for `enqueueAnalysis`. */
  enqueueAnalyses(jobs: AnalysisJob[], tx?: SqlExecutor): Promise<void>;
  /** Claims up to `batchSize` jobs; each stays claimed until completed, failed, or expired (its worker died). */
  fetchAnalysisJobs(batchSize: number): Promise<FetchedAnalysisJob[]>;
  /** `tx` as for `enqueueAnalysis`: the completions commit with the caller's transaction. */
  completeJobs(ids: string[], tx?: SqlExecutor): Promise<void>;
  failJob(id: string, error: string): Promise<void>;
  /** Jobs not yet finished (queued, retrying or running). */
  countUnfinished(): Promise<number>;
  stop(): Promise<void>;
}
