import type { CallAnalysis, Flag } from '../analysis/types.js';
import { toAgentCallRecord, type AgentPattern, type IssueClassification } from '../policies/agent-patterns.js';
import { evaluateAgentPatterns, triggersFromPatterns } from '../policies/evaluate-agent-patterns.js';
import type { Policies } from '../policies/policy-schema.js';
import { triggersFromFlags } from './coaching-trigger.js';
import { outcomeBucket, type OutcomeBucket } from './outcome-bucket.js';
import { applyRateLimit, type CoachingSession } from './rate-limit.js';

export interface ReviewedCall {
  analysis: CallAnalysis;
  flags: Flag[];
  /** When the call happened: `call.startedAt`, or a fallback the caller chose (e.g. the file time). */
  startedAt: string;
}

export interface AgentReview {
  agentId: string;
  calls: Array<{ callId: string; startedAt: string; rubricId?: string; overall?: number; bucket: OutcomeBucket; flags: Flag[] }>;
  meanScore: number | null;
  patterns: AgentPattern[];
  issues: IssueClassification[];
  /** Coaching sessions after the rate limit; merged triggers are inside them. */
  sessions: CoachingSession[];
  mergedTriggers: number;
}

/**
 * A batch of scored and flagged calls, reviewed per agent in time order: cross-call patterns, recurring issues and the
 * coaching sessions that the triggers (coaching/quality flags and patterns) produce under the rate limit. Pure.
 */
export function reviewAgents(calls: readonly ReviewedCall[], policies: Policies, now: string): AgentReview[] {
  const byAgent = new Map<string, ReviewedCall[]>();
  for (const call of calls) {
    const agentId = call.analysis.call.agent.id;
    byAgent.set(agentId, [...(byAgent.get(agentId) ?? []), call]);
  }
  return [...byAgent.keys()].sort().map((agentId) => {
    const mine = [...byAgent.get(agentId)!].sort(
      (a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.analysis.call.id < b.analysis.call.id ? -1 : 1),
    );
    const records = mine.map((c) => ({ ...toAgentCallRecord(c.analysis, c.startedAt), startedAt: c.startedAt }));
    const { patterns, issues } = evaluateAgentPatterns(records, policies, now);
    const triggers = [
      ...mine.flatMap((c) => triggersFromFlags({ id: c.analysis.call.id, agentId, at: c.startedAt }, c.flags)),
      ...triggersFromPatterns(patterns),
    ];
    const limited = applyRateLimit(triggers, { sessions: [] }, policies.coaching, now);
    const scores = mine.map((c) => c.analysis.scorecard?.overall).filter((s): s is number => s !== undefined);
    return {
      agentId,
      calls: mine.map((c) => ({
        callId: c.analysis.call.id,
        startedAt: c.startedAt,
        ...(c.analysis.scorecard ? { rubricId: c.analysis.scorecard.rubricId, overall: c.analysis.scorecard.overall } : {}),
        bucket: outcomeBucket(c.analysis, policies.outcomes).bucket,
        flags: c.flags,
      })),
      meanScore: scores.length > 0 ? Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10 : null,
      patterns,
      issues,
      sessions: limited.sessions,
      mergedTriggers: limited.merged.length,
    };
  });
}
