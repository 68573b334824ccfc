import type { FetchedAnalysisJob, JobQueue } from '../queue/job-queue.js';
import type { AnalysisResult } from '../storage/analysis-store.js';
import { computeAnalysis, type AnalyzeDeps } from './analyze-stored-call.js';
import { prefetchBatch } from './prefetch-batch.js';

export interface WorkerOptions {
  batchSize: number;
  pollingIntervalMs: number;
  log?: (line: string) => void;
}

export interface RunningWorker {
  /** Finishes the batch in hand, then resolves. */
  stop(): Promise<void>;
  /** Resolves when no unfinished jobs remain (tests and the bench use it). */
  idle(): Promise<void>;
}

/**
 * Fetches jobs in batches, computes each job's analysis, stores the batch's results and completes their jobs in one
 * transaction. Each failure is failed on its own with the error, recorded for the API, and marked dead on its last attempt.
 */
export function runAnalysisWorker(deps: AnalyzeDeps & { queue: JobQueue }, opts: WorkerOptions): RunningWorker {
  let stopping = false;
  let wake: (() => void) | undefined;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const loop = (async () => {
    while (!stopping) {
      try {
        await runOneBatch();
      } catch (err) {
        // Database unreachable or similar: claimed jobs expire and are retried, so wait and carry on.
        opts.log?.(`analysis worker: ${err instanceof Error ? err.message : String(err)}; retrying in ${opts.pollingIntervalMs} ms`);
        await sleep(opts.pollingIntervalMs);
      }
    }
  })();

  async function runOneBatch(): Promise<void> {
    const jobs = await deps.queue.fetchAnalysisJobs(opts.batchSize);
    if (jobs.length === 0) {
      await sleep(opts.pollingIntervalMs);
      return;
    }
    const done: string[] = [];
    const computed: Array<{ job: FetchedAnalysisJob; result: AnalysisResult }> = [];
    const batchDeps = await prefetchBatch(deps, jobs.map((j) => j.data));
    // All at once: with analysis threads the batch spreads over them; without, each runs to completion in turn.
    const outcomes = await Promise.all(
      jobs.map(async (job) => {
        try {
          return { job, result: (await computeAnalysis(batchDeps, job.data)).result };
        } catch (err) {
          return { job, err };
        }
      }),
    );
    for (const outcome of outcomes) {
      if ('err' in outcome) await failJob(outcome.job, outcome.err);
      else if (outcome.result) computed.push({ job: outcome.job, result: outcome.result });
      else done.push(outcome.job.id);
    }
    // One transaction per kind of write for the whole batch, completing its jobs too: per-call transactions and
    // separate completions dominate the cost otherwise.
    for (const replace of [false, true]) {
      const group = computed.filter((c) => c.job.data.replace === replace);
      if (group.length === 0) continue;
      const ids = group.map((c) => c.job.id);
      try {
        await deps.analyses.saveResults(group.map((c) => c.result), { replace, inTransaction: (tx) => deps.queue.completeJobs(ids, tx) });
      } catch (err) {
        for (const { job } of group) await failJob(job, err);
      }
    }
    await deps.queue.completeJobs(done);
  }

  async function failJob(job: FetchedAnalysisJob, err: unknown): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    opts.log?.(`analysis of call ${job.data.callId} failed (attempt ${job.retryCount + 1}${job.finalAttempt ? ', giving up' : ', will retry'}): ${message}`);
    await deps.analyses.recordFailure({ callId: job.data.callId, engineVersion: deps.steps.engineVersion, error: message, dead: job.finalAttempt });
    await deps.queue.failJob(job.id, message);
  }

  return {
    async stop() {
      stopping = true;
      wake?.();
      await loop;
    },
    async idle() {
      while ((await deps.queue.countUnfinished()) > 0) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
