import type { Flag } from '../analysis/types.js';

/** Something that asks for an automated coaching session for an agent. Ids must be unique and stable across runs. */
export interface CoachingTrigger {
  id: string;
  agentId: string;
  /** ISO timestamp of the call or pattern that raised it. */
  at: string;
  source: 'flag' | 'pattern';
  reason: string;
  callIds: string[];
}

const COACHABLE_KINDS = new Set(['coaching', 'quality']);

/** One trigger per coaching or quality flag on a call; compliance and keyword flags go to their own queues. */
export function triggersFromFlags(call: { id: string; agentId: string; at: string }, flags: readonly Flag[]): CoachingTrigger[] {
  return flags
    .filter((f) => COACHABLE_KINDS.has(f.kind))
    .map((f) => ({ id: `${call.id}:${f.policy}`, agentId: call.agentId, at: call.at, source: 'flag' as const, reason: f.reason, callIds: [call.id] }));
}
