import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CoachingTrigger } from './coaching-trigger.js';
import { applyRateLimit, type CoachingSession } from './rate-limit.js';

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 10, 1);
const at = (days: number) => new Date(BASE + days * DAY).toISOString();
const config = { maxSessions: 1 as const, windowDays: 7 };
const trigger = (id: string, days: number, agentId = 'a1'): CoachingTrigger => ({ id, agentId, at: at(days), source: 'flag', reason: `r-${id}`, callIds: [`call-${id}`] });

describe('applyRateLimit', () => {
  it('opens one session per agent per 7 days and merges the rest into the pending one', () => {
    const result = applyRateLimit([trigger('t1', 0), trigger('t2', 3), trigger('t3', 8), trigger('u1', 1, 'a2')], { sessions: [] }, config, at(9));
    expect(result.sessions.map((s) => [s.agentId, s.opensAt, s.triggerIds])).toEqual([
      ['a1', at(0), ['t1', 't2']],
      ['a1', at(8), ['t3']],
      ['a2', at(1), ['u1']],
    ]);
    expect(result.merged).toEqual([{ triggerId: 't2', sessionId: `session:a1:${at(0)}` }]);
    expect(result.due).toHaveLength(3);
  });

  it('defers a trigger after a delivered session to the end of its window', () => {
    const delivered: CoachingSession = { id: 'session:a1:x', agentId: 'a1', opensAt: at(0), status: 'delivered', triggerIds: ['t0'], reasons: ['r'], callIds: ['c'] };
    const result = applyRateLimit([trigger('t1', 2), trigger('t2', 4), trigger('t0', 1)], { sessions: [delivered] }, config, at(5));
    expect(result.sessions.map((s) => [s.opensAt, s.status, s.triggerIds])).toEqual([
      [at(0), 'delivered', ['t0']],
      [at(7), 'pending', ['t1', 't2']],
    ]);
    expect(result.due).toEqual([]);
  });
});

const triggersArb = fc
  .array(fc.record({ agent: fc.constantFrom('a1', 'a2', 'a3'), day: fc.integer({ min: 0, max: 60 }), hour: fc.integer({ min: 0, max: 23 }) }), { maxLength: 40 })
  .map((items) => items.map((t, i) => ({ ...trigger(`t${i}`, t.day + t.hour / 24, t.agent) })));

const normalized = (sessions: CoachingSession[]) => sessions.map((s) => ({ ...s, triggerIds: [...s.triggerIds].sort(), reasons: [...s.reasons].sort(), callIds: [...s.callIds].sort() }));

describe('applyRateLimit properties', () => {
  it('never more than one automated session per agent per window', () => {
    fc.assert(
      fc.property(triggersArb, fc.integer({ min: 1, max: 14 }), (triggers, windowDays) => {
        const { sessions } = applyRateLimit(triggers, { sessions: [] }, { maxSessions: 1, windowDays }, at(100));
        for (const agent of ['a1', 'a2', 'a3']) {
          const opens = sessions.filter((s) => s.agentId === agent).map((s) => Date.parse(s.opensAt)).sort((a, b) => a - b);
          for (let i = 1; i < opens.length; i++) expect(opens[i]! - opens[i - 1]!).toBeGreaterThanOrEqual(windowDays * DAY);
        }
      }),
    );
  });

  it('loses no trigger: each is in exactly one session, of its own agent', () => {
    fc.assert(
      fc.property(triggersArb, (triggers) => {
        const { sessions, merged } = applyRateLimit(triggers, { sessions: [] }, config, at(100));
        const placed = sessions.flatMap((s) => s.triggerIds);
        expect([...placed].sort()).toEqual(triggers.map((t) => t.id).sort());
        for (const s of sessions) for (const id of s.triggerIds) expect(triggers.find((t) => t.id === id)!.agentId).toBe(s.agentId);
        expect(merged.length).toBe(triggers.length - sessions.length);
      }),
    );
  });

  it('is order-independent: shuffled input gives the same sessions', () => {
    fc.assert(
      fc.property(triggersArb.chain((t) => fc.tuple(fc.constant(t), fc.shuffledSubarray(t, { minLength: t.length, maxLength: t.length }))), ([triggers, shuffled]) => {
        const a = applyRateLimit(triggers, { sessions: [] }, config, at(100));
        const b = applyRateLimit(shuffled, { sessions: [] }, config, at(100));
        expect(b.sessions).toEqual(a.sessions);
        expect(normalized(b.sessions)).toEqual(normalized(a.sessions));
      }),
    );
  });

  it('keeps the limit and loses nothing when applied in two batches with delivered sessions in between', () => {
    fc.assert(
      fc.property(triggersArb, fc.integer({ min: 0, max: 40 }), (triggers, split) => {
        const first = applyRateLimit(triggers.slice(0, split), { sessions: [] }, config, at(100));
        const delivered = first.sessions.map((s) => ({ ...s, status: 'delivered' as const }));
        const second = applyRateLimit(triggers.slice(split), { sessions: delivered }, config, at(100));
        expect(second.sessions.flatMap((s) => s.triggerIds).sort()).toEqual(triggers.map((t) => t.id).sort());
        for (const agent of ['a1', 'a2', 'a3']) {
          const opens = second.sessions.filter((s) => s.agentId === agent).map((s) => Date.parse(s.opensAt)).sort((x, y) => x - y);
          for (let i = 1; i < opens.length; i++) expect(opens[i]! - opens[i - 1]!).toBeGreaterThanOrEqual(7 * DAY);
        }
      }),
    );
  });
});
