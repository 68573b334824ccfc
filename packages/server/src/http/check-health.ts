import { sql, type Kysely } from 'kysely';
import type { JobQueue } from '../queue/job-queue.js';
import type { Database } from '../storage/schema.js';

export interface Health {
  status: 'ok' | 'degraded';
  database: { kind: string; reachable: boolean };
  queue: { running: boolean; unfinishedJobs: number | null };
}

/** Database answers a query; the queue answers a count (and the process says its workers are running). */
export async function checkHealth(deps: { db: Kysely<Database>; kind: string; queue: JobQueue; queueRunning?: () => boolean }): Promise<Health> {
  const reachable = await sql`select 1`.execute(deps.db).then(() => true, () => false);
  const unfinishedJobs = await deps.queue.countUnfinished().then((n) => n, () => null);
  const running = unfinishedJobs !== null && (deps.queueRunning?.() ?? true);
  return { status: reachable && running ? 'ok' : 'degraded', database: { kind: deps.kind, reachable }, queue: { running, unfinishedJobs } };
}
