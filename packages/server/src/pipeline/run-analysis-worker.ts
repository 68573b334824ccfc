import type { JobQueue } from '../queue/job-queue.js';
import { analyzeStoredCall, type AnalyzeDeps } from './analyze-stored-call.js';
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
 * Fetches jobs in batches and runs the analysis use-case on each. Successes are completed together;
 * each failure is failed on its own with the error, recorded for the API, and marked dead on its last attempt.
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
    const batchDeps = await prefetchBatch(deps, jobs.map((j) => j.data));
    for (const job of jobs) {
      try {
        await analyzeStoredCall(batchDeps, job.data);
        done.push(job.id);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        opts.log?.(`analysis of call ${job.data.callId} failed (attempt ${job.retryCount + 1}${job.finalAttempt ? ', giving up' : ', will retry'}): ${message}`);
        await deps.analyses.recordFailure({ callId: job.data.callId, engineVersion: deps.steps.engineVersion, error: message, dead: job.finalAttempt });
        await deps.queue.failJob(job.id, message);
      }
    }
    await deps.queue.completeJobs(done);
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
