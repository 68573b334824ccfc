import type { CoachingTrigger } from '../coaching/coaching-trigger.js';
import {
  belowThreshold, byTime, findConsecutiveBelow, findStageSentimentDrops,
  type AgentCallRecord, type AgentPattern, type AgentPatternReport, type IssueClassification,
} from './agent-patterns.js';
import type { Policies } from './policy-schema.js';

const DAY_MS = 86_400_000;

/**
 * Cross-call patterns over agents' histories (records may mix agents; each is evaluated on its own, in time order),
 * and every issue seen in the recurrence window classified as recurring or one-off.
 */
export function evaluateAgentPatterns(history: readonly AgentCallRecord[], policies: Pick<Policies, 'patterns'>, now: string): AgentPatternReport {
  const config = policies.patterns;
  const patterns = [...findConsecutiveBelow(history, config.consecutiveBelow), ...findStageSentimentDrops(history, config.stageSentimentDrops, now)];
  return { patterns, issues: classifyIssues(history, policies, now, patterns) };
}

function classifyIssues(history: readonly AgentCallRecord[], policies: Pick<Policies, 'patterns'>, now: string, patterns: AgentPattern[]): IssueClassification[] {
  const { recurring, consecutiveBelow, stageSentimentDrops } = policies.patterns;
  const since = Date.parse(now) - recurring.windowDays * DAY_MS;
  const recent = [...history].sort(byTime).filter((r) => Date.parse(r.startedAt) >= since && Date.parse(r.startedAt) <= Date.parse(now));
  const occurrences = new Map<string, { agentId: string; kind: IssueClassification['kind']; key: string; callIds: string[] }>();
  const note = (agentId: string, kind: IssueClassification['kind'], key: string, callId: string) => {
    const id = `${agentId}\u0000${kind}\u0000${key}`;
    const entry = occurrences.get(id) ?? { agentId, kind, key, callIds: [] };
    if (!entry.callIds.includes(callId)) entry.callIds.push(callId);
    occurrences.set(id, entry);
  };
  for (const record of recent) {
    for (const c of record.scorecard?.criteria ?? []) {
      if (consecutiveBelow.criteria && !consecutiveBelow.criteria.includes(c.id)) continue;
      if (belowThreshold(record, c.id, consecutiveBelow.belowScore)) note(record.agentId, 'criterion', c.id, record.callId);
    }
    for (const i of record.inflections ?? []) {
      if (i.direction === 'drop' && i.speaker === stageSentimentDrops.speaker && i.magnitude >= stageSentimentDrops.minMagnitude && i.stage) {
        note(record.agentId, 'stage_drop', i.stage, record.callId);
      }
    }
  }
  const inPattern = new Set(patterns.map((p) => `${p.agentId}\u0000${p.kind === 'consecutive_below' ? 'criterion' : 'stage_drop'}\u0000${p.key}`));
  return [...occurrences.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([id, e]) => ({
      ...e,
      occurrences: e.callIds.length,
      recurrence: inPattern.has(id) || e.callIds.length >= recurring.minOccurrences ? ('recurring' as const) : ('one_off' as const),
    }));
}

/** One coaching trigger per pattern; its id is stable so re-running over the same history does not duplicate it. */
export function triggersFromPatterns(patterns: readonly AgentPattern[]): CoachingTrigger[] {
  return patterns.map((p) => ({
    id: `pattern:${p.kind}:${p.agentId}:${p.key}:${p.callIds[0]}`,
    agentId: p.agentId,
    at: p.lastAt,
    source: 'pattern' as const,
    reason: p.reason,
    callIds: p.callIds,
  }));
}
