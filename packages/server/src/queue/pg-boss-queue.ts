import PgBoss from 'pg-boss';
import type { PipelineConfig } from '../config/config-schema.js';
import type { QueueConnection } from '../storage/open-database.js';
import type { AnalysisJob, FetchedAnalysisJob, JobQueue } from './job-queue.js';

export const ANALYZE_QUEUE = 'analyze-call';
export const DEAD_LETTER_QUEUE = 'analyze-call-dead';
const SCHEMA = 'pgboss';

export interface PgBossQueueOptions {
  connection: QueueConnection;
  pipeline: PipelineConfig;
  /** Expire stuck jobs and move exhausted ones; on in every process that works jobs. */
  supervise: boolean;
  onError: (err: Error) => void;
}

/** JobQueue on pg-boss: its own pool on PostgreSQL, the shared locked handle on PGlite. */
export async function startPgBossQueue(opts: PgBossQueueOptions): Promise<JobQueue> {
  const { pipeline } = opts;
  const common = {
    schema: SCHEMA,
    supervise: opts.supervise,
    schedule: false,
    migrate: true,
    maintenanceIntervalSeconds: pipeline.maintenanceIntervalSeconds,
  };
  const connection = opts.connection;
  const boss =
    connection.kind === 'postgres'
      ? new PgBoss({ ...common, connectionString: connection.connectionString, max: 4 })
      : new PgBoss({ ...common, db: { executeSql: (text, values) => connection.executor.executeSql(text, values) } });
  boss.on('error', opts.onError);
  await boss.start();
  const queueOptions = {
    retryLimit: pipeline.retryLimit,
    retryDelay: pipeline.retryDelaySeconds,
    retryBackoff: pipeline.retryBackoff,
    expireInSeconds: pipeline.expireInSeconds,
  };
  await ensureQueue(boss, DEAD_LETTER_QUEUE, {});
  await ensureQueue(boss, ANALYZE_QUEUE, { ...queueOptions, deadLetter: DEAD_LETTER_QUEUE });

  return {
    async enqueueAnalysis(job: AnalysisJob, tx) {
      await boss.send(ANALYZE_QUEUE, job, { ...queueOptions, deadLetter: DEAD_LETTER_QUEUE, ...(tx ? { db: { executeSql: (text, values) => tx.executeSql(text, values) } } : {}) });
    },
    async enqueueAnalyses(jobs: AnalysisJob[], tx) {
      if (jobs.length === 0) return;
      const inserts = jobs.map((data) => ({ name: ANALYZE_QUEUE, data, ...queueOptions, deadLetter: DEAD_LETTER_QUEUE }));
      await boss.insert(inserts, tx ? { db: { executeSql: (text, values) => tx.executeSql(text, values) } } : {});
    },
    async fetchAnalysisJobs(batchSize) {
      const jobs = await boss.fetch<AnalysisJob>(ANALYZE_QUEUE, { batchSize, includeMetadata: true });
      return (jobs ?? []).map((j) => ({ id: j.id, data: j.data, retryCount: j.retryCount, finalAttempt: j.retryCount >= j.retryLimit }));
    },
    async completeJobs(ids, tx) {
      if (ids.length === 0) return;
      // pg-boss 10 reads the connection from the 4th argument even for an id array (its typings say the 3rd).
      const complete = boss.complete.bind(boss) as (name: string, ids: string[], data: undefined, options: PgBoss.ConnectionOptions) => Promise<void>;
      await complete(ANALYZE_QUEUE, ids, undefined, tx ? { db: { executeSql: (text, values) => tx.executeSql(text, values) } } : {});
    },
    async failJob(id, error) {
      await boss.fail(ANALYZE_QUEUE, id, { message: error });
    },
    async countUnfinished() {
      return boss.getQueueSize(ANALYZE_QUEUE, { before: 'completed' });
    },
    async stop() {
      await boss.stop({ graceful: false, wait: true, close: true, timeout: 1000 });
    },
  };
}

async function ensureQueue(boss: PgBoss, name: string, options: Omit<PgBoss.Queue, 'name'>): Promise<void> {
  const existing = await boss.getQueue(name);
  if (existing) {
    await boss.updateQueue(name, { name, ...options });
    return;
  }
  try {
    await boss.createQueue(name, { name, ...options });
  } catch (err) {
    // Another process created it between our check and our create: that is the outcome we wanted.
    if (!(await boss.getQueue(name))) throw err;
  }
}
