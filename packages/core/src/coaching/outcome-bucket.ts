import type { CallAnalysis } from '../analysis/types.js';
import { DEFAULT_OUTCOME, type OutcomeConfig } from './coaching-config.js';

export type OutcomeBucket = 'resolved_positive' | 'resolved_negative' | 'unresolved';

/** Coaching priority per bucket, 1 first: a call that was resolved but left the customer unhappy is the most coachable. */
export const BUCKET_PRIORITY: Record<OutcomeBucket, number> = { resolved_negative: 1, unresolved: 2, resolved_positive: 3 };

/**
 * Buckets a call by `call.outcome.resolved` and the customer's exit sentiment. A call with no resolution recorded counts
 * as unresolved; a resolved call with no customer exit score counts as positive (nothing says otherwise).
 */
export function outcomeBucket(analysis: CallAnalysis, config: OutcomeConfig = DEFAULT_OUTCOME): { bucket: OutcomeBucket; reason: string } {
  const resolved = analysis.call.outcome?.resolved;
  const exit = analysis.sentiment?.arcs.customer.exit ?? null;
  if (resolved !== true) return { bucket: 'unresolved', reason: resolved === false ? 'outcome.resolved is false' : 'no resolution recorded' };
  if (exit !== null && exit < config.positiveExitAtLeast) {
    return { bucket: 'resolved_negative', reason: `resolved, but customer exit sentiment ${Math.round(exit * 100) / 100} < ${config.positiveExitAtLeast}` };
  }
  return { bucket: 'resolved_positive', reason: exit === null ? 'resolved; no customer exit sentiment' : `resolved with customer exit sentiment ${Math.round(exit * 100) / 100}` };
}
