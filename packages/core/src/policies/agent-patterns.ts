import type { CallAnalysis, Inflection, Scorecard } from '../analysis/types.js';
import type { PatternConfig } from './policy-schema.js';

/** What cross-call patterns need from one analyzed call. */
export interface AgentCallRecord {
  callId: string;
  agentId: string;
  /** ISO timestamp; records are evaluated in this order. */
  startedAt: string;
  scorecard?: Scorecard;
  inflections?: Inflection[];
}

export function toAgentCallRecord(analysis: CallAnalysis, fallbackStartedAt: string): AgentCallRecord {
  const record: AgentCallRecord = { callId: analysis.call.id, agentId: analysis.call.agent.id, startedAt: analysis.call.startedAt ?? fallbackStartedAt };
  if (analysis.scorecard) record.scorecard = analysis.scorecard;
  if (analysis.sentiment) record.inflections = analysis.sentiment.inflections;
  return record;
}

export type Recurrence = 'recurring' | 'one_off';

export interface AgentPattern {
  kind: 'consecutive_below' | 'stage_sentiment_drops';
  agentId: string;
  /** The criterion id or the stage. */
  key: string;
  callIds: string[];
  firstAt: string;
  lastAt: string;
  reason: string;
}

export interface IssueClassification {
  agentId: string;
  kind: 'criterion' | 'stage_drop';
  key: string;
  occurrences: number;
  callIds: string[];
  recurrence: Recurrence;
}

export interface AgentPatternReport { patterns: AgentPattern[]; issues: IssueClassification[] }

const DAY_MS = 86_400_000;

export function byTime(a: AgentCallRecord, b: AgentCallRecord): number {
  return Date.parse(a.startedAt) - Date.parse(b.startedAt) || (a.callId < b.callId ? -1 : a.callId > b.callId ? 1 : 0);
}

/** Whether a criterion counts as "below" in a call: true, false, or null when not applicable or not scored. */
export function belowThreshold(record: AgentCallRecord, criterionId: string, belowScore: number | undefined): boolean | null {
  const result = record.scorecard?.criteria.find((c) => c.id === criterionId);
  if (!result || result.score === null || result.passed === null) return null;
  return belowScore === undefined ? result.passed === false : result.score < belowScore;
}

/**
 * Runs of at least `count` consecutive calls where a criterion was below threshold. Calls where the criterion
 * did not apply neither extend nor break a run. One pattern per maximal run.
 */
export function findConsecutiveBelow(history: readonly AgentCallRecord[], config: PatternConfig['consecutiveBelow']): AgentPattern[] {
  const records = [...history].sort(byTime);
  const ids = config.criteria ?? [...new Set(records.flatMap((r) => r.scorecard?.criteria.map((c) => c.id) ?? []))].sort();
  const patterns: AgentPattern[] = [];
  for (const agentId of [...new Set(records.map((r) => r.agentId))].sort()) {
    const mine = records.filter((r) => r.agentId === agentId);
    for (const criterionId of ids) {
      let run: AgentCallRecord[] = [];
      const close = () => {
        if (run.length >= config.count) patterns.push(consecutivePattern(agentId, criterionId, run, config.belowScore));
        run = [];
      };
      for (const record of mine) {
        const below = belowThreshold(record, criterionId, config.belowScore);
        if (below === null) continue;
        if (below) run.push(record);
        else close();
      }
      close();
    }
  }
  return patterns;
}

function consecutivePattern(agentId: string, criterionId: string, run: AgentCallRecord[], belowScore: number | undefined): AgentPattern {
  const rule = belowScore === undefined ? 'failed' : `scored below ${belowScore}`;
  return {
    kind: 'consecutive_below',
    agentId,
    key: criterionId,
    callIds: run.map((r) => r.callId),
    firstAt: run[0]!.startedAt,
    lastAt: run.at(-1)!.startedAt,
    reason: `${criterionId} ${rule} in ${run.length} consecutive calls (${run.map((r) => r.callId).join(', ')})`,
  };
}

/** Sentiment drops in the same stage in at least `minCalls` calls within the last `windowDays` before `now`. */
export function findStageSentimentDrops(history: readonly AgentCallRecord[], config: PatternConfig['stageSentimentDrops'], now: string): AgentPattern[] {
  const since = Date.parse(now) - config.windowDays * DAY_MS;
  const records = [...history].sort(byTime).filter((r) => Date.parse(r.startedAt) >= since && Date.parse(r.startedAt) <= Date.parse(now));
  const byKey = new Map<string, AgentCallRecord[]>();
  for (const record of records) {
    const stages = new Set(
      (record.inflections ?? [])
        .filter((i) => i.direction === 'drop' && i.speaker === config.speaker && i.magnitude >= config.minMagnitude && i.stage)
        .map((i) => i.stage!),
    );
    for (const stage of stages) {
      const key = `${record.agentId}\u0000${stage}`;
      byKey.set(key, [...(byKey.get(key) ?? []), record]);
    }
  }
  const patterns: AgentPattern[] = [];
  for (const [key, calls] of [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (calls.length < config.minCalls) continue;
    const [agentId = '', stage = ''] = key.split('\u0000');
    patterns.push({
      kind: 'stage_sentiment_drops',
      agentId,
      key: stage,
      callIds: calls.map((c) => c.callId),
      firstAt: calls[0]!.startedAt,
      lastAt: calls.at(-1)!.startedAt,
      reason: `${config.speaker} sentiment dropped in the ${stage} stage in ${calls.length} calls within ${config.windowDays} days (${calls.map((c) => c.callId).join(', ')})`,
    });
  }
  return patterns;
}
