import type { JobQueue } from '../queue/job-queue.js';
import type { CallStore, InsertOutcome, NewCall } from '../storage/call-store.js';

/** How ingest stores a new call: the call's rows and its analysis job in one transaction, unless its id is taken. */
export interface CallWriter {
  write(call: NewCall): Promise<InsertOutcome>;
}

/** Stores the given calls (distinct ids) and enqueues the analysis of those created, all in one transaction. */
export function storeAndEnqueue(calls: Pick<CallStore, 'insertManyIfAbsent'>, queue: JobQueue, newCalls: NewCall[]): Promise<InsertOutcome[]> {
  return calls.insertManyIfAbsent(newCalls, (tx, created) => queue.enqueueAnalyses(created.map((c) => ({ callId: c.call.id, replace: false })), tx));
}

/** One transaction per call. */
export function directCallWriter(calls: Pick<CallStore, 'insertManyIfAbsent'>, queue: JobQueue): CallWriter {
  return {
    async write(call) {
      const [outcome] = await storeAndEnqueue(calls, queue, [call]);
      return outcome!;
    },
  };
}
