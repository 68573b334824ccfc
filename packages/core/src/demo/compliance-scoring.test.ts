import { describe, expect, it } from 'vitest';
import { analyzeCall } from '../analysis/analyze-call.js';
import type { Call } from '../call/call.js';
import { DEFAULT_RUBRICS } from '../scoring/default-rubrics.js';
import { scoreCall } from '../scoring/score-call.js';
import { selectRubric } from '../scoring/select-rubric.js';
import type { Scorecard } from '../analysis/types.js';
import { generateCall } from './generate-call.js';
import { generateContactCenter } from './generate-contact-center.js';
import { CALL_TYPES, type CallType } from './scenario.js';
import type { AgentTendencies } from './tendencies.js';

const startedAt = '2026-11-20T15:00:00Z';

function score(call: Call): Scorecard {
  return scoreCall(analyzeCall(call), selectRubric(call.callType, DEFAULT_RUBRICS)!);
}

function scoreMany(callType: CallType, count: number, tendencies?: Partial<AgentTendencies>): Scorecard[] {
  const cards: Scorecard[] = [];
  for (let seed = 0; seed < count; seed++) {
    cards.push(score(generateCall({ seed: 5000 + seed, startedAt, agent: { id: 'agt-1' }, callType, ...(tendencies ? { tendencies } : {}) })));
  }
  return cards;
}

function failedShare(cards: Scorecard[], criterionId: string): number {
  const applicable = cards.map((c) => c.criteria.find((r) => r.id === criterionId)).filter((r) => r !== undefined && !r.na);
  return applicable.filter((r) => r?.passed === false).length / Math.max(1, applicable.length);
}

/** The disclosure each default rubric auto-fails on. */
const AUTO_FAIL_SCRIPT: Record<CallType, string> = {
  support: 'recording_disclosure', sales: 'recording_disclosure', retention: 'recording_disclosure', collections: 'mini_miranda',
};

describe('demo calls against the default rubrics', () => {
  for (const callType of CALL_TYPES) {
    it(`auto-fails only a minority of ${callType} calls from an average agent`, () => {
      const cards = scoreMany(callType, 200);
      const autoFailed = cards.filter((c) => c.autoFailed).length / cards.length;
      expect(autoFailed).toBeLessThan(0.2);
      // Average agents still skip now and then, so the compliance queue is never empty.
      expect(autoFailed).toBeGreaterThan(0);
      for (const criterion of ['pricing_disclosure', 'cancellation_honored', 'identity_verified']) {
        expect(failedShare(cards, criterion)).toBeLessThan(0.2);
      }
    });
  }

  it('misses the auto-fail disclosure whenever the agent always skips it', () => {
    for (const callType of CALL_TYPES) {
      for (const card of scoreMany(callType, 8, { skipsDisclosure: 1 })) {
        expect(card.autoFailed).toBe(true);
        expect(card.criteria.find((r) => r.id === AUTO_FAIL_SCRIPT[callType])?.passed).toBe(false);
      }
    }
  });

  it('gives a contact center a compliance queue that is real but small, led by the new hires who skip scripts', () => {
    const center = generateContactCenter({ seed: 11, now: '2026-11-24T10:00:00Z', days: 4 });
    const profileOf = new Map(center.agents.map((a) => [a.id, a.profile]));
    let total = 0;
    let autoFailed = 0;
    const byProfile = new Map<string, { calls: number; autoFailed: number }>();
    for (const call of center.calls()) {
      const failed = score(call).autoFailed;
      total++;
      if (failed) autoFailed++;
      const profile = profileOf.get(call.agent.id) ?? 'unknown';
      const entry = byProfile.get(profile) ?? { calls: 0, autoFailed: 0 };
      entry.calls++;
      if (failed) entry.autoFailed++;
      byProfile.set(profile, entry);
    }
    expect(autoFailed / total).toBeGreaterThan(0.02);
    expect(autoFailed / total).toBeLessThan(0.2);
    const rate = (profile: string): number => (byProfile.get(profile)?.autoFailed ?? 0) / Math.max(1, byProfile.get(profile)?.calls ?? 0);
    expect(rate('new-hire')).toBeGreaterThan(rate('star') + 0.1);
  });
});
