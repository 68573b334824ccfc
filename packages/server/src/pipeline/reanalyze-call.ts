import type { DataScope } from '@undertone/core';
import type { CallStore } from '../storage/call-store.js';
import type { JobQueue } from '../queue/job-queue.js';

export class CallNotFoundError extends Error {
  readonly code = 'NOT_FOUND';
  constructor(readonly callId: string) {
    super(`call "${callId}" does not exist: check the id, or ingest the call first`);
  }
}

/** Queues a fresh analysis that overwrites the stored one for the current engine version. A call outside `scope` is "not found". */
export async function reanalyzeCall(deps: { calls: Pick<CallStore, 'getCall'>; queue: JobQueue }, callId: string, scope: DataScope): Promise<void> {
  const stored = await deps.calls.getCall(callId, scope);
  if (!stored) throw new CallNotFoundError(callId);
  await deps.queue.enqueueAnalysis({ callId, replace: true });
}
