import type { Call } from '@undertone/core';
import type { Config, RedactionConfig } from '../config/config-schema.js';
import type { JobQueue } from '../queue/job-queue.js';
import { startPgBossQueue } from '../queue/pg-boss-queue.js';
import type { AnalysisStore } from '../storage/analysis-store.js';
import type { CallStore } from '../storage/call-store.js';
import { createDefinitionStore, type DefinitionStore } from '../storage/definition-store.js';
import { createAnalysisStore } from '../storage/kysely-analysis-store.js';
import { createCallStore } from '../storage/kysely-call-store.js';
import { migrateToLatest } from '../storage/migrate.js';
import { openDatabase, type OpenDatabase } from '../storage/open-database.js';
import { analysisThreadCount, startAnalysisThreadPool, type AnalysisThreadPool } from './analysis-threads/analysis-thread-pool.js';
import type { CallWriter } from './call-writer.js';
import { defaultSteps, type ActiveRules } from './default-steps.js';
import { freshCalls, type FreshCalls } from './fresh-calls.js';
import { groupCommitWriter, type GroupCommitWriter } from './group-commit-writer.js';
import { prepareForStorage, type PrepareCallStep } from './prepare-for-storage.js';
import { runAnalysisWorker, type RunningWorker } from './run-analysis-worker.js';
import type { PipelineSteps } from './steps.js';

/** Everything the use-cases need, wired to one database. Built once at start by whoever runs a role. */
export interface Platform {
  database: OpenDatabase;
  calls: CallStore;
  /** Ingest's writes: calls arriving together share one transaction (group commit). Pass as `IngestDeps.writer`. */
  callWriter: CallWriter;
  analyses: AnalysisStore;
  rubrics: DefinitionStore;
  policies: DefinitionStore;
  queue: JobQueue;
  steps: PipelineSteps;
  now: () => Date;
  /** What ingest redacts before the first write (config `redaction`). */
  redaction: RedactionConfig;
  /** Ingest's import and redaction on the analysis threads while they have room (`IngestDeps.prepareCall`); absent with custom steps. */
  prepareCall?: PrepareCallStep;
  /** Starts a worker loop in this process; `close()` stops it. */
  startWorker(opts?: { batchSize?: number }): RunningWorker;
  close(): Promise<void>;
}

/**
 * Either `rules`: core's steps scoring with these rubrics and policies (read per call), with the analysis in
 * `worker.analysisThreads` threads; or `steps`: any steps (tests, benchmarks), always run on this thread.
 */
export type PlatformSteps = { rules: () => ActiveRules; steps?: never } | { steps: PipelineSteps; rules?: never };

export type PlatformOptions = PlatformSteps & {
  /** Whether this process expires stuck jobs (every process that runs workers should). */
  supervise?: boolean;
  log?: (line: string) => void;
  now?: () => Date;
};

/** Calls per ingest transaction at most: large enough to share the commit cost, small enough to keep statements quick. */
const GROUP_COMMIT_MAX_BATCH = 100;
/** Freshly ingested calls kept for this process's worker: a few worker batches' worth. */
const FRESH_CALLS_KEPT = 1000;
/**
 * Ingest hands its import and redaction to an analysis thread only while one has fewer tasks than this: when the
 * threads are busy with a worker batch, the calling thread prepares the call itself rather than queue behind it.
 */
const PREPARE_ON_THREADS_BELOW = 4;

export async function openPlatform(config: Config, opts: PlatformOptions): Promise<Platform> {
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const queue = await startPgBossQueue({
      connection: database.queueConnection,
      pipeline: config.pipeline,
      supervise: opts.supervise ?? true,
      onError: (err) => log(`job queue error: ${err.message}`),
    });
    const calls = createCallStore(database.db);
    // Set once this process runs a worker: ingest then hands the calls it stores to it (see FreshCalls).
    let fresh: FreshCalls | undefined;
    const groupCommit = groupCommitWriter(calls, queue, { maxBatch: GROUP_COMMIT_MAX_BATCH, maxInFlight: database.kind === 'postgres' ? 2 : 1 });
    const callWriter: GroupCommitWriter = {
      ...groupCommit,
      async write(call) {
        const outcome = await groupCommit.write(call);
        if (outcome.created) fresh?.remember(call.call);
        return outcome;
      },
    };
    const analyses = createAnalysisStore(database.db);
    const workers: RunningWorker[] = [];
    const steps = opts.steps ?? defaultSteps(opts.rules, config.analysis);
    const threadCount = opts.rules ? analysisThreadCount(config.worker.analysisThreads) : 0;
    let threads: AnalysisThreadPool | undefined;
    const pool = () => (threads ??= startAnalysisThreadPool(threadCount, config.analysis));
    const compute = () => {
      if (threadCount === 0 || !opts.rules) return {};
      const rules = opts.rules;
      return { compute: (call: Call) => pool().run(call, rules()) };
    };
    const prepareCall: PrepareCallStep | undefined =
      threadCount === 0
        ? undefined
        : async (request, redaction) => {
            const threadPool = pool();
            return threadPool.backlog() < PREPARE_ON_THREADS_BELOW ? threadPool.prepare(request, redaction) : prepareForStorage(steps.importTranscript, request, redaction);
          };
    return {
      database,
      calls,
      callWriter,
      analyses,
      rubrics: createDefinitionStore(database.db, 'rubrics'),
      policies: createDefinitionStore(database.db, 'policies'),
      queue,
      steps,
      now: opts.now ?? (() => new Date()),
      redaction: config.redaction,
      ...(prepareCall ? { prepareCall } : {}),
      startWorker(workerOpts = {}) {
        fresh ??= freshCalls(FRESH_CALLS_KEPT);
        const worker = runAnalysisWorker(
          { calls, analyses, queue, steps, fresh, ...compute() },
          { batchSize: workerOpts.batchSize ?? config.worker.concurrency, pollingIntervalMs: config.worker.pollingIntervalSeconds * 1000, log },
        );
        workers.push(worker);
        return worker;
      },
      async close() {
        await callWriter.drain();
        await Promise.all(workers.map((w) => w.stop()));
        await threads?.close();
        await queue.stop();
        await database.close();
      },
    };
  } catch (err) {
    await database.close();
    throw err;
  }
}
