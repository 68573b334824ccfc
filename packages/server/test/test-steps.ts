import type { CallAnalysis, Scorecard } from '@undertone/core';
import { defaultSteps } from '../src/pipeline/default-steps.js';
import type { PipelineSteps } from '../src/pipeline/steps.js';

/**
 * Real analysis with stand-in scoring and policies: the score comes from `metadata.score`, the customer arc
 * pattern from `metadata.arc`, a call whose id starts with `poison-` always fails, and scores under 50 raise a flag.
 */
export function testSteps(rubric: { version: number } = { version: 1 }): PipelineSteps {
  const real = defaultSteps();
  return {
    ...real,
    analyze(call) {
      if (call.id.startsWith('poison-')) throw new Error('analyzer exploded on purpose');
      const analysis = real.analyze(call);
      const arc = call.metadata?.['arc'];
      return typeof arc === 'string' ? ({ ...analysis, sentiment: { arcs: { customer: { pattern: arc } } } } as unknown as CallAnalysis) : analysis;
    },
    score(analysis): Scorecard[] {
      const score = analysis.call.metadata?.['score'];
      return [{ rubricId: 'basic', rubricVersion: rubric.version, overall: typeof score === 'number' ? score : 80, autoFailed: false, criteria: [] }];
    },
    evaluatePolicies(_analysis, scorecards) {
      const low = scorecards.some((s) => s.overall < 50);
      return low
        ? { flags: [{ kind: 'coaching', policy: 'low-score', policyVersion: 1, reason: 'overall score below 50' }], triggers: [{ kind: 'coaching', policy: 'low-score', policyVersion: 1, reason: 'overall score below 50' }] }
        : { flags: [], triggers: [] };
    },
  };
}
