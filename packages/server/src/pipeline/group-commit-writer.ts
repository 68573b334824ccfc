import type { JobQueue } from '../queue/job-queue.js';
import type { CallStore, InsertOutcome, NewCall } from '../storage/call-store.js';
import { storeAndEnqueue, type CallWriter } from './call-writer.js';

export interface GroupCommitOptions {
  /** Most calls written in one transaction. */
  maxBatch: number;
  /** Transactions open at once: 1 on the embedded database (one connection), a few on PostgreSQL. */
  maxInFlight: number;
}

export interface GroupCommitWriter extends CallWriter {
  /** Resolves once every write handed in so far has finished. */
  drain(): Promise<void>;
}

interface Pending {
  call: NewCall;
  resolve(outcome: InsertOutcome): void;
  reject(err: unknown): void;
}

/**
 * Group commit: calls handed in while a transaction is being written wait, then go together in the next one
 * (calls, provenance and jobs as a few multi-row statements), so the cost per transaction is shared
 * under load and a lone call waits for nothing. Each caller still gets its own outcome:
 * - the same id twice in one batch is written once; the later ones are `duplicate` or `conflict` against the first,
 *   exactly as if they had arrived just after it;
 * - if the batch fails (one call's data breaks a statement, a deadlock with another batch), each of its calls is
 *   retried in its own transaction, so one bad call fails alone and the others are stored.
 */
export function groupCommitWriter(calls: Pick<CallStore, 'insertManyIfAbsent'>, queue: JobQueue, opts: GroupCommitOptions): GroupCommitWriter {
  const waiting: Pending[] = [];
  let inFlight = 0;
  let scheduled = false;
  const idleWaiters: Array<() => void> = [];

  const schedule = () => {
    if (scheduled || inFlight >= opts.maxInFlight || waiting.length === 0) return;
    scheduled = true;
    // Let the writes issued in this turn of the event loop join the batch.
    setImmediate(() => {
      scheduled = false;
      startBatch();
    });
  };

  const startBatch = () => {
    if (inFlight >= opts.maxInFlight || waiting.length === 0) return;
    const batch = waiting.splice(0, opts.maxBatch);
    inFlight++;
    void writeBatch(calls, queue, batch).finally(() => {
      inFlight--;
      if (waiting.length > 0) startBatch();
      if (inFlight === 0 && waiting.length === 0) for (const wake of idleWaiters.splice(0)) wake();
    });
    schedule();
  };

  return {
    write(call) {
      return new Promise<InsertOutcome>((resolve, reject) => {
        waiting.push({ call, resolve, reject });
        schedule();
      });
    },
    drain() {
      if (inFlight === 0 && waiting.length === 0) return Promise.resolve();
      return new Promise<void>((resolve) => idleWaiters.push(resolve));
    },
  };
}

async function writeBatch(calls: Pick<CallStore, 'insertManyIfAbsent'>, queue: JobQueue, batch: Pending[]): Promise<void> {
  const firstById = new Map<string, Pending>();
  for (const item of batch) if (!firstById.has(item.call.call.id)) firstById.set(item.call.call.id, item);
  const leaders = [...firstById.values()];
  let outcomes: InsertOutcome[];
  try {
    outcomes = await storeAndEnqueue(calls, queue, leaders.map((l) => l.call));
  } catch {
    // Find the call that broke the batch by writing each alone; the rest are stored as usual.
    for (const item of batch) {
      try {
        item.resolve((await storeAndEnqueue(calls, queue, [item.call]))[0]!);
      } catch (err) {
        item.reject(err);
      }
    }
    return;
  }
  const byId = new Map(leaders.map((l, i) => [l.call.call.id, outcomes[i]!]));
  for (const item of batch) {
    const leaderOutcome = byId.get(item.call.call.id)!;
    const leader = firstById.get(item.call.call.id)!;
    if (item === leader) item.resolve(leaderOutcome);
    else item.resolve({ created: false, existingHash: leaderOutcome.created ? leader.call.contentHash : leaderOutcome.existingHash });
  }
}
