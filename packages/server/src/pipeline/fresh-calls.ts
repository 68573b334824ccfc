import type { Call } from '@undertone/core';

/** What a job needs of a stored call. */
export interface CallToAnalyze {
  id: string;
  agentId: string;
  call: Call;
}

/**
 * Calls this process stored a moment ago, handed to its own worker so the worker need not read them back: ingest
 * remembers each call once its transaction has committed, the worker takes it when it claims the call's job.
 * Bounded: beyond `capacity` the oldest are dropped (their jobs may be claimed by another process), and a call not
 * found here is simply read from the database. A stored call's transcript never changes, so a remembered one is
 * the stored one.
 */
export interface FreshCalls {
  remember(call: Call): void;
  /** The call with this id if remembered, and forgets it. */
  take(id: string): CallToAnalyze | undefined;
}

export function freshCalls(capacity: number): FreshCalls {
  if (!Number.isInteger(capacity) || capacity < 1) throw new Error(`fresh calls need a capacity of at least 1, got ${capacity}`);
  const byId = new Map<string, Call>();
  return {
    remember(call) {
      byId.delete(call.id);
      byId.set(call.id, call);
      if (byId.size > capacity) byId.delete(byId.keys().next().value!);
    },
    take(id) {
      const call = byId.get(id);
      if (!call) return undefined;
      byId.delete(id);
      return { id, agentId: call.agent.id, call };
    },
  };
}
