import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { UndertoneError } from '../errors.js';
import { DEFAULT_POLICIES_DATA, defaultPolicies } from './default-policies.js';
import { parseExpression } from './expression.js';
import { parsePolicies } from './parse-policies.js';

function errorOf(fn: () => unknown): UndertoneError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UndertoneError) return e;
    throw e;
  }
  throw new Error('expected an UndertoneError');
}

describe('parseExpression', () => {
  it('parses and/or/not with and binding tighter, and parentheses', () => {
    expect(parseExpression('a.b < 1 or c.d == x and not e.f')).toEqual({
      any: [{ field: 'a.b', op: '<', value: 1 }, { all: [{ field: 'c.d', op: '==', value: 'x' }, { not: { field: 'e.f', op: '==', value: true } }] }],
    });
    expect(parseExpression('(a.b < 1 or c.d > 2) and e in [x, y]')).toEqual({
      all: [{ any: [{ field: 'a.b', op: '<', value: 1 }, { field: 'c.d', op: '>', value: 2 }] }, { field: 'e', op: 'in', value: ['x', 'y'] }],
    });
  });
  it('reports malformed expressions', () => {
    expect(parseExpression('(a < 1')).toBeInstanceOf(Error);
    expect(parseExpression('a < 1 and')).toBeInstanceOf(Error);
    expect((parseExpression('a.b < lots') as Error).message).toBe('threshold "lots" in "a.b < lots" is not a number');
  });
});

describe('parsePolicies', () => {
  it('accepts the structured and the string form, and fills defaults', () => {
    const policies = parsePolicies(`
policies:
  - id: friction
    kind: coaching
    when: sentiment.arcs.customer.exit < -0.6 and sentiment.arcs.agent.exit < -0.3
  - id: low
    kind: quality
    when: { any: [{ field: scorecard.overall, op: "<", value: 65 }, "scorecard.autoFailed"] }
`);
    expect(policies.policies[0]!.when).toEqual({
      all: [{ field: 'sentiment.arcs.customer.exit', op: '<', value: -0.6 }, { field: 'sentiment.arcs.agent.exit', op: '<', value: -0.3 }],
    });
    expect(policies.coaching).toEqual({ maxSessions: 1, windowDays: 7 });
    expect(policies.patterns.consecutiveBelow.count).toBe(3);
    expect(policies.patterns.stageSentimentDrops).toMatchObject({ minCalls: 3, windowDays: 14 });
  });

  it('lists every problem at once with its path: unknown field, malformed threshold, bad op, unknown value, shape', () => {
    const error = errorOf(() =>
      parsePolicies(
        {
          policies: [
            { id: 'a', kind: 'coaching', when: 'sentiment.arcs.customer.exitt < -0.6' },
            { id: 'b', kind: 'quality', when: { all: [{ field: 'scorecard.overall', op: '<', value: 'sixty' }, { field: 'signals.ids', op: 'contains', value: 'rage' }] } },
            { id: 'c', kind: 'coaching', when: 'call.outcome.resolved > 1' },
            { id: 'd', kind: 'nagging', when: 'scorecard.autoFailed' },
          ],
          coaching: { windowDays: -7 },
        },
        'policies.yaml',
      ),
    );
    expect(error.code).toBe('INVALID_CONFIG');
    // Shape problems come first (the file is not checked further until its shape is right).
    expect(error.issues.map((i) => i.where)).toEqual(['$.policies[3].kind', '$.coaching.windowDays']);

    const semantic = errorOf(() =>
      parsePolicies({
        policies: [
          { id: 'a', kind: 'coaching', when: 'sentiment.arcs.customer.exitt < -0.6' },
          { id: 'b', kind: 'quality', when: { all: [{ field: 'scorecard.overall', op: '<', value: 'sixty' }, { field: 'signals.ids', op: 'contains', value: 'rage' }] } },
          { id: 'c', kind: 'coaching', when: 'call.outcome.resolved > 1' },
          { id: 'a', kind: 'coaching', when: 'scorecard.overall < high' },
        ],
      }),
    );
    expect(semantic.issues).toEqual([
      { where: '$.policies[0].when', message: expect.stringMatching(/^field "sentiment.arcs.customer.exitt" does not exist in the call analysis/) },
      { where: '$.policies[1].when.all[0]', message: 'scorecard.overall is a number; "sixty" is not a number (malformed threshold?)' },
      { where: '$.policies[1].when.all[1]', message: expect.stringMatching(/^"rage" is not a known value of signals.ids/) },
      { where: '$.policies[2].when', message: expect.stringMatching(/^">" does not apply to call.outcome.resolved \(a boolean\)/) },
      { where: '$.policies[3].id', message: 'policy id "a" is used twice; ids must be unique' },
      { where: '$.policies[3].when', message: 'threshold "high" in "scorecard.overall < high" is not a number' },
    ]);
    expect(semantic.describe().split('\n')).toHaveLength(7);
  });

  it('ships defaults identical to the YAML file, and valid', () => {
    const yaml = readFileSync(new URL('../../rubrics/default-policies.yaml', import.meta.url), 'utf8');
    expect(DEFAULT_POLICIES_DATA).toEqual(parse(yaml));
    expect(defaultPolicies().policies.map((p) => p.id)).toEqual(['addressable_friction', 'low_quality_score', 'late_call_drop', 'churn_risk_unaddressed']);
  });
});
