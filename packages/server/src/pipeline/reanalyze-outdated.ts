import type { JobQueue } from '../queue/job-queue.js';
import type { CallStore } from '../storage/call-store.js';

/**
 * Queues a fresh analysis, replacing the stored one, of every call last analyzed by an engine version other than
 * `engineVersion` (after an upgrade, or after turning the learned behavior fallback on or off). Calls never analyzed
 * are left to the jobs they already have. Works through the calls in id order, `batchSize` at a time, so it can run
 * beside live ingest; returns how many it queued.
 */
export async function reanalyzeOutdated(
  deps: { calls: Pick<CallStore, 'listOutdatedIds'>; queue: JobQueue },
  engineVersion: string,
  opts: { batchSize?: number; onBatch?: (queuedSoFar: number) => void } = {},
): Promise<number> {
  const batchSize = opts.batchSize ?? 500;
  let queued = 0;
  let afterId: string | undefined;
  for (;;) {
    const ids = await deps.calls.listOutdatedIds(engineVersion, afterId, batchSize);
    if (ids.length === 0) return queued;
    await deps.queue.enqueueAnalyses(ids.map((callId) => ({ callId, replace: true })));
    queued += ids.length;
    afterId = ids[ids.length - 1];
    opts.onBatch?.(queued);
  }
}
