import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callSchema, type Call } from '../call/call.js';
import { UndertoneError } from '../errors.js';
import { generateCall } from './generate-call.js';
import { CALL_TYPES } from './scenario.js';

const base = { startedAt: '2026-11-20T15:04:05Z', agent: { id: 'agt-1', name: 'Dana Reyes' } };

function truth(call: Call): { tags: string[][]; stages: string[]; finalMood: number } {
  return (call.metadata as { truth: { tags: string[][]; stages: string[]; finalMood: number } }).truth;
}

function expectWellTimed(call: Call): void {
  let previousStart = -1;
  for (const u of call.utterances) {
    expect(u.startMs).toBeGreaterThanOrEqual(0);
    expect(u.endMs).toBeGreaterThan(u.startMs);
    expect(u.startMs).toBeGreaterThanOrEqual(previousStart);
    previousStart = u.startMs;
  }
  const lastEnd = Math.max(...call.utterances.map((u) => u.endMs));
  expect(call.durationMs).toBeGreaterThanOrEqual(lastEnd);
}

describe('generateCall', () => {
  it('is deterministic for a seed and different across seeds', () => {
    const a = generateCall({ ...base, seed: 77 });
    const b = generateCall({ ...base, seed: 77 });
    const c = generateCall({ ...base, seed: 78 });
    expect(a).toEqual(b);
    expect(c.utterances.map((u) => u.text)).not.toEqual(a.utterances.map((u) => u.text));
  });

  it('produces calls that pass callSchema with ordered, non-negative timing for every call type', () => {
    for (const callType of CALL_TYPES) {
      for (let seed = 0; seed < 25; seed++) {
        const call = generateCall({ ...base, seed, callType, includeWords: seed % 5 === 0 });
        expect(callSchema.safeParse(call).success).toBe(true);
        expect(call.callType).toBe(callType);
        expectWellTimed(call);
      }
    }
  });

  it('holds its invariants for arbitrary seeds and lengths (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 12, max: 220 }), fc.boolean(), (seed, targetTurns, asrNoise) => {
        const call = generateCall({ ...base, seed, targetTurns, asrNoise });
        expect(callSchema.safeParse(call).success).toBe(true);
        expectWellTimed(call);
        for (const u of call.utterances) expect(u.text).not.toMatch(/[{}[\]|]/);
      }),
      { numRuns: 40 },
    );
  });

  it('gives the benchmark call: 140-160 turns over 9-11 minutes', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const call = generateCall({ ...base, seed, targetTurns: 150, targetDurationMs: 600_000, callType: CALL_TYPES[seed % 4] });
      expect(call.utterances.length).toBeGreaterThanOrEqual(140);
      expect(call.utterances.length).toBeLessThanOrEqual(160);
      expect(call.durationMs).toBeGreaterThanOrEqual(540_000);
      expect(call.durationMs).toBeLessThanOrEqual(660_000);
    }
  });

  it('adds word timings inside each utterance when asked', () => {
    const call = generateCall({ ...base, seed: 3, includeWords: true });
    for (const u of call.utterances) {
      expect(u.words?.length).toBe(u.text.split(/\s+/).filter((w) => w.length > 0).length);
      for (const w of u.words ?? []) {
        expect(w.startMs).toBeGreaterThanOrEqual(u.startMs);
        expect(w.endMs).toBeLessThanOrEqual(u.endMs);
      }
    }
  });

  it('says the recording disclosure unless the agent habitually skips it', () => {
    const disclosed = (skipsDisclosure: number): number => {
      let n = 0;
      for (let seed = 0; seed < 40; seed++) {
        const call = generateCall({ ...base, seed, asrNoise: false, tendencies: { skipsDisclosure } });
        if (call.utterances.some((u) => u.speaker === 'agent' && /recorded for quality and training purposes/i.test(u.text))) n++;
      }
      return n;
    };
    expect(disclosed(0)).toBe(40);
    expect(disclosed(1)).toBe(0);
  });

  it('renders ASR-style transcripts in lowercase without punctuation', () => {
    const call = generateCall({ ...base, seed: 11, asrNoise: true });
    for (const u of call.utterances) expect(u.text).toMatch(/^[a-z0-9'$.\- ]+$/);
  });

  it('lets tendencies drive behaviors, and behaviors drive how the call ends', () => {
    const star = { empathy: 0.95, ownership: 0.95, offersOptions: 0.9, dismissive: 0, policyFirst: 0, interrupts: 0, blameShifting: 0 };
    const rough = { empathy: 0.05, ownership: 0.05, offersOptions: 0.05, dismissive: 0.8, policyFirst: 0.7, interrupts: 0.7, blameShifting: 0.6 };
    const summarize = (tendencies: Record<string, number>): { mood: number; empathy: number; dismissive: number } => {
      let mood = 0;
      let empathy = 0;
      let dismissive = 0;
      for (let seed = 0; seed < 80; seed++) {
        const t = truth(generateCall({ ...base, seed, tendencies }));
        mood += t.finalMood;
        empathy += t.tags.flat().filter((x) => x === 'empathy').length;
        dismissive += t.tags.flat().filter((x) => x === 'dismissive').length;
      }
      return { mood: mood / 80, empathy, dismissive };
    };
    const good = summarize(star);
    const bad = summarize(rough);
    expect(good.empathy).toBeGreaterThan(bad.empathy * 3);
    expect(bad.dismissive).toBeGreaterThan(good.dismissive * 3);
    expect(good.mood).toBeGreaterThan(bad.mood + 0.3);
  });

  it('varies its wording: 200 calls open in many different ways', () => {
    const openings = new Set<string>();
    const customerLines = new Set<string>();
    for (let seed = 0; seed < 200; seed++) {
      const call = generateCall({ ...base, seed, asrNoise: false });
      openings.add(call.utterances.find((u) => u.speaker === 'agent')?.text ?? '');
      for (const u of call.utterances) if (u.speaker === 'customer') customerLines.add(u.text);
    }
    expect(openings.size).toBeGreaterThan(150);
    expect(customerLines.size).toBeGreaterThan(3000);
  });

  it('correlates outcomes with how the call went', () => {
    const csatByResolved: Record<'yes' | 'no', number[]> = { yes: [], no: [] };
    const moodByCsat = new Map<number, number[]>();
    for (let seed = 0; seed < 300; seed++) {
      const call = generateCall({ ...base, seed });
      const { csat, resolved, churned } = call.outcome ?? {};
      if (call.callType === 'retention') expect(typeof churned).toBe('boolean');
      else expect(churned).toBeUndefined();
      if (csat === undefined) continue;
      csatByResolved[resolved ? 'yes' : 'no'].push(csat);
      moodByCsat.set(csat, [...(moodByCsat.get(csat) ?? []), truth(call).finalMood]);
    }
    const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(csatByResolved.yes)).toBeGreaterThan(mean(csatByResolved.no) + 0.5);
    expect(mean(moodByCsat.get(5) ?? [])).toBeGreaterThan(mean(moodByCsat.get(2) ?? []));
  });

  it('tells all kinds of stories: great calls, bad calls and recoveries', () => {
    let great = 0;
    let bad = 0;
    let recovered = 0;
    for (let seed = 0; seed < 300; seed++) {
      const call = generateCall({ ...base, seed });
      const { startMood, finalMood } = truth(call) as unknown as { startMood: number; finalMood: number };
      if (finalMood > 0.5 && call.outcome?.resolved) great++;
      if (finalMood < -0.4) bad++;
      if (startMood < -0.35 && finalMood > 0.2) recovered++;
    }
    expect(great).toBeGreaterThan(15);
    expect(bad).toBeGreaterThan(15);
    expect(recovered).toBeGreaterThan(15);
  });

  it('places some collections and sales calls outbound and keeps support inbound', () => {
    const outbound = (callType: 'collections' | 'support'): number =>
      Array.from({ length: 60 }, (_, seed) => generateCall({ ...base, seed, callType })).filter((c) => c.direction === 'outbound').length;
    expect(outbound('collections')).toBeGreaterThan(20);
    expect(outbound('support')).toBe(0);
  });

  it('rejects bad options with INVALID_INPUT and a pointer to the field', () => {
    try {
      generateCall({ ...base, seed: 1, startedAt: 'yesterday' });
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(UndertoneError);
      expect((e as UndertoneError).code).toBe('INVALID_INPUT');
      expect((e as UndertoneError).issues[0]?.where).toBe('$.startedAt');
    }
  });
});
