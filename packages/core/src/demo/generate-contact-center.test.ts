import { describe, expect, it } from 'vitest';
import { callSchema, type Call } from '../call/call.js';
import { UndertoneError } from '../errors.js';
import { weekdayOf, DAY_MS } from './calendar.js';
import { generateContactCenter } from './generate-contact-center.js';
import { CALL_TYPES } from './scenario.js';

const NOW = '2026-11-24T10:00:00Z';

function tagsOf(call: Call): string[] {
  return (call.metadata as { truth: { tags: string[][] } }).truth.tags.flat();
}

describe('generateContactCenter', () => {
  it('builds the default center: 4 teams, 40 agents with habits, 60 days of calls of every type', () => {
    const center = generateContactCenter({ seed: 42, now: NOW });
    expect(center.teams).toHaveLength(4);
    expect(center.agents).toHaveLength(40);
    expect(new Set(center.agents.map((a) => a.name)).size).toBe(40);
    expect(new Set(center.agents.map((a) => a.profile)).size).toBeGreaterThanOrEqual(8);
    expect(center.agents.filter((a) => a.drift).length).toBeGreaterThanOrEqual(4);
    // ~1.2 calls per agent-day, minus days off and the part of today still ahead.
    expect(center.callCount).toBeGreaterThan(2000);
    expect(center.callCount).toBeLessThan(3500);

    const types = new Set<string>();
    const days = new Set<string>();
    const weekdayCalls = [0, 0];
    const firstDay = Math.floor(Date.parse(NOW) / DAY_MS) * DAY_MS - 59 * DAY_MS;
    let count = 0;
    let previous = '';
    for (const call of center.calls()) {
      count++;
      types.add(call.callType ?? '');
      days.add(call.startedAt?.slice(0, 10) ?? '');
      expect((call.startedAt ?? '') >= previous).toBe(true);
      previous = call.startedAt ?? '';
      expect(Date.parse(previous)).toBeGreaterThanOrEqual(firstDay);
      expect(Date.parse(previous)).toBeLessThan(Date.parse(NOW));
      const weekday = weekdayOf(Math.floor(Date.parse(previous) / DAY_MS) * DAY_MS);
      const slot = weekday === 0 || weekday === 6 ? 1 : 0;
      weekdayCalls[slot] = (weekdayCalls[slot] ?? 0) + 1;
      if (count % 97 === 0) expect(callSchema.safeParse(call).success).toBe(true);
    }
    expect(count).toBe(center.callCount);
    expect([...types].sort()).toEqual([...CALL_TYPES].sort());
    expect(days.size).toBeGreaterThanOrEqual(59);
    // Per day, weekdays carry clearly more calls than weekend days.
    expect(weekdayCalls[0]! / 5).toBeGreaterThan((weekdayCalls[1]! / 2) * 2);
  }, 120_000);

  it('shows drifting agents: empathy falls over the window for a drifting-down agent', () => {
    const center = generateContactCenter({ seed: 5, now: NOW, teams: 1, agentsPerTeam: 10, callsPerAgentPerDay: 4 });
    const drifter = center.agents.find((a) => a.profile === 'drifting-down');
    expect(drifter).toBeDefined();
    const early: number[] = [];
    const late: number[] = [];
    const all = [...center.calls()].filter((c) => c.agent.id === drifter?.id);
    all.forEach((call, i) => {
      const rate = tagsOf(call).filter((t) => t === 'empathy').length;
      if (i < all.length / 3) early.push(rate);
      if (i >= (2 * all.length) / 3) late.push(rate);
    });
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    expect(mean(early)).toBeGreaterThan(mean(late) * 1.5);
  }, 60_000);

  it('streams lazily through an iterator and counts right on a small config', () => {
    const center = generateContactCenter({ seed: 1, now: NOW, days: 5, teams: 2, agentsPerTeam: 3 });
    const iterable = center.calls();
    const iterator = iterable[Symbol.iterator]();
    expect(typeof iterator.next).toBe('function');
    const first = iterator.next();
    expect(first.done).toBe(false);
    let count = first.done ? 0 : 1;
    for (let step = iterator.next(); !step.done; step = iterator.next()) count++;
    expect(count).toBe(center.callCount);
  });

  it('is deterministic for a seed and different across seeds', () => {
    const small = { now: NOW, days: 4, teams: 2, agentsPerTeam: 3 };
    const a = generateContactCenter({ seed: 10, ...small });
    const b = generateContactCenter({ seed: 10, ...small });
    const c = generateContactCenter({ seed: 11, ...small });
    expect(b.agents).toEqual(a.agents);
    expect([...b.calls()]).toEqual([...a.calls()]);
    expect([...a.calls()]).toEqual([...a.calls()]);
    expect(c.agents.map((x) => x.name)).not.toEqual(a.agents.map((x) => x.name));
  });

  it('rejects a bad `now` with INVALID_INPUT pointing at the field', () => {
    try {
      generateContactCenter({ seed: 1, now: 'now' });
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(UndertoneError);
      expect((e as UndertoneError).issues[0]?.where).toBe('$.now');
    }
  });
});
