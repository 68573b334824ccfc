import { describe, expect, it } from 'vitest';
import { buildAnalysis } from '../scoring/testing/analysis-builder.js';
import { triggersFromFlags } from './coaching-trigger.js';
import { detectKudos } from './kudos.js';
import { BUCKET_PRIORITY, outcomeBucket } from './outcome-bucket.js';

describe('detectKudos', () => {
  it('raises kudos for a customer exit of 0.8 or more', () => {
    expect(detectKudos(buildAnalysis({ customerArc: { exit: 0.8 }, startedAt: '2026-11-01T10:00:00Z' }))).toEqual({
      kind: 'kudos', callId: 'call-1', agentId: 'agent-1', at: '2026-11-01T10:00:00Z', reason: 'customer exit sentiment 0.8 (>= 0.8)',
    });
  });
  it('raises kudos for a strong recovery, not a weak one', () => {
    const strong = buildAnalysis({ customerArc: { exit: 0.3, recovery: { achieved: true, troughScore: -0.6, troughAtMs: 1000, margin: 0.9 } } });
    expect(detectKudos(strong)?.reason).toBe('customer recovered from -0.6 by 0.9 (>= 0.5)');
    const weak = buildAnalysis({ customerArc: { exit: 0.3, recovery: { achieved: true, troughScore: -0.2, troughAtMs: 1000, margin: 0.3 } } });
    expect(detectKudos(weak)).toBeNull();
    expect(detectKudos(buildAnalysis({ withoutSentiment: true }))).toBeNull();
  });
});

describe('outcomeBucket', () => {
  it('buckets by resolution and customer exit sentiment', () => {
    expect(outcomeBucket(buildAnalysis({ resolved: true, customerArc: { exit: 0.4 } })).bucket).toBe('resolved_positive');
    expect(outcomeBucket(buildAnalysis({ resolved: true, customerArc: { exit: -0.3 } }))).toEqual({
      bucket: 'resolved_negative', reason: 'resolved, but customer exit sentiment -0.3 < 0',
    });
    expect(outcomeBucket(buildAnalysis({ resolved: false, customerArc: { exit: 0.9 } })).bucket).toBe('unresolved');
    expect(outcomeBucket(buildAnalysis()).reason).toBe('no resolution recorded');
    expect(BUCKET_PRIORITY.resolved_negative).toBe(1);
  });
});

describe('triggersFromFlags', () => {
  it('turns coaching and quality flags into triggers, not compliance or keyword ones', () => {
    const flags = [
      { kind: 'coaching', policy: 'friction', reason: 'x' },
      { kind: 'compliance', policy: 'compliance:d', reason: 'y' },
      { kind: 'quality', policy: 'low', reason: 'z' },
      { kind: 'keyword', policy: 'legal', reason: 'w' },
    ];
    expect(triggersFromFlags({ id: 'c1', agentId: 'a', at: '2026-11-01T00:00:00.000Z' }, flags).map((t) => t.id)).toEqual(['c1:friction', 'c1:low']);
  });
});
