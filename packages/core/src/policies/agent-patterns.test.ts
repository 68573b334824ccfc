import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CriterionResult, Inflection } from '../analysis/types.js';
import type { AgentCallRecord } from './agent-patterns.js';
import { findConsecutiveBelow } from './agent-patterns.js';
import { evaluateAgentPatterns, triggersFromPatterns } from './evaluate-agent-patterns.js';
import { parsePolicies } from './parse-policies.js';

const policies = parsePolicies({});
const day = (n: number) => new Date(Date.UTC(2026, 10, 1) + n * 86_400_000).toISOString();

/** passed: true, false, or null for N/A. */
function record(n: number, passed: Record<string, boolean | null>, drops: string[] = [], agentId = 'a1'): AgentCallRecord {
  const criteria: CriterionResult[] = Object.entries(passed).map(([id, p]) => ({
    id, weight: 1, passed: p, score: p === null ? null : p ? 100 : 0, reason: '', evidence: [],
  }));
  const inflections: Inflection[] = drops.map((stage) => ({ atMs: 1000, speaker: 'customer', direction: 'drop', magnitude: 0.4, utteranceIndex: 1, stage }));
  return { callId: `c${n}`, agentId, startedAt: day(n), scorecard: { rubricId: 'r', overall: 50, autoFailed: false, criteria }, inflections };
}

describe('consecutive criterion failures', () => {
  it('finds 3 consecutive failures; N/A calls neither extend nor break the run', () => {
    const history = [
      record(0, { empathy: false }), record(1, { empathy: null }), record(2, { empathy: false }),
      record(3, { empathy: false }), record(4, { empathy: true }), record(5, { empathy: false }),
    ];
    const { patterns, issues } = evaluateAgentPatterns(history, policies, day(6));
    expect(patterns).toEqual([expect.objectContaining({
      kind: 'consecutive_below', agentId: 'a1', key: 'empathy', callIds: ['c0', 'c2', 'c3'],
      reason: 'empathy failed in 3 consecutive calls (c0, c2, c3)',
    })]);
    expect(issues).toEqual([expect.objectContaining({ kind: 'criterion', key: 'empathy', occurrences: 4, recurrence: 'recurring' })]);
  });

  it('classifies an isolated failure as one-off and evaluates out-of-order input in time order', () => {
    const history = [record(2, { recap: true }), record(0, { recap: false }), record(1, { recap: true })];
    const report = evaluateAgentPatterns(history, policies, day(3));
    expect(report.patterns).toEqual([]);
    expect(report.issues).toEqual([expect.objectContaining({ key: 'recap', occurrences: 1, recurrence: 'one_off' })]);
  });

  const outcome = fc.constantFrom<boolean | null>(true, false, null);
  it('property: a run is reported exactly when N applicable failures are consecutive', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 30 }), fc.integer({ min: 2, max: 5 }), (outcomes, count) => {
        const history = outcomes.map((p, i) => record(i, { x: p }));
        const found = findConsecutiveBelow(history, { count });
        const applicable = outcomes.map((p, i) => ({ p, id: `c${i}` })).filter((o) => o.p !== null);
        // Reference: maximal runs of false among applicable calls.
        const runs: string[][] = [];
        let run: string[] = [];
        for (const o of [...applicable, { p: true, id: 'end' }]) {
          if (o.p === false) run.push(o.id);
          else {
            if (run.length >= count) runs.push(run);
            run = [];
          }
        }
        expect(found.map((f) => f.callIds)).toEqual(runs);
      }),
    );
  });

  it('property: the result does not depend on input order', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 20 }).chain((o) => fc.tuple(fc.constant(o), fc.shuffledSubarray(o.map((_, i) => i), { minLength: o.length, maxLength: o.length }))), ([outcomes, order]) => {
        const history = outcomes.map((p, i) => record(i, { x: p, y: p === null ? null : !p }));
        const shuffled = order.map((i) => history[i]!);
        expect(evaluateAgentPatterns(shuffled, policies, day(40))).toEqual(evaluateAgentPatterns(history, policies, day(40)));
      }),
    );
  });
});

describe('sentiment drops in the same stage', () => {
  it('finds drops in the same stage in 3 calls within 14 days', () => {
    const history = [record(0, {}, ['pricing']), record(3, {}, ['hold']), record(5, {}, ['pricing', 'pricing']), record(9, {}, ['pricing'])];
    const { patterns, issues } = evaluateAgentPatterns(history, policies, day(10));
    expect(patterns).toEqual([expect.objectContaining({ kind: 'stage_sentiment_drops', key: 'pricing', callIds: ['c0', 'c5', 'c9'] })]);
    expect(patterns[0]!.reason).toBe('customer sentiment dropped in the pricing stage in 3 calls within 14 days (c0, c5, c9)');
    expect(issues.find((i) => i.key === 'hold')).toMatchObject({ kind: 'stage_drop', recurrence: 'one_off' });
    expect(triggersFromPatterns(patterns)).toEqual([
      { id: 'pattern:stage_sentiment_drops:a1:pricing:c0', agentId: 'a1', at: day(9), source: 'pattern', reason: patterns[0]!.reason, callIds: ['c0', 'c5', 'c9'] },
    ]);
  });
  it('ignores drops older than the window and keeps agents apart', () => {
    const history = [record(0, {}, ['pricing']), record(5, {}, ['pricing']), record(9, {}, ['pricing'], 'a2'), record(12, {}, ['pricing'])];
    expect(evaluateAgentPatterns(history, policies, day(16)).patterns).toEqual([]);
  });
});
