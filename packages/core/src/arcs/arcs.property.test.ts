import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Arc } from '../analysis/types.js';
import { SPEAKERS } from '../call/call.js';
import { analyzeSentiment } from './analyze-sentiment.js';
import { evenlySpaced, labelOf } from './arc-test-fixtures.js';
import { computeArc } from './compute-arc.js';
import { findInflections } from './find-inflections.js';

const anyScore = fc.oneof(fc.double(), fc.double({ min: -1, max: 1, noNaN: true }));
const utterance = fc.record({ startMs: fc.nat(3_600_000), lengthMs: fc.nat(120_000), score: anyScore });
const utterances = fc.array(utterance, { maxLength: 60 });

const inUnit = (x: number | null) => x === null || (x >= -1 && x <= 1);

function expectScoresInRange(arc: Arc) {
  expect(arc.points.every((p) => inUnit(p.score))).toBe(true);
  expect([arc.entry, arc.exit, ...arc.quarters, arc.recovery.troughScore].every(inUnit)).toBe(true);
}

describe('arcs (properties)', () => {
  it('never throw, keep scores in [-1, 1] and inflections inside the call, in time order', () => {
    fc.assert(
      fc.property(utterances, fc.nat(4_000_000), (us, statedDuration) => {
        const points = us.map((u, index) => ({ startMs: u.startMs, endMs: u.startMs + u.lengthMs, score: u.score, index }));
        const durationMs = Math.max(statedDuration, ...points.map((p) => p.endMs));
        const arc = computeArc(points, statedDuration);
        expectScoresInRange(arc);
        const inflections = findInflections(points, 'customer');
        for (const [i, f] of inflections.entries()) {
          expect(f.atMs).toBeGreaterThanOrEqual(0);
          expect(f.atMs).toBeLessThanOrEqual(durationMs);
          expect(f.magnitude).toBeGreaterThan(0);
          if (i > 0) expect(f.atMs).toBeGreaterThanOrEqual(inflections[i - 1]!.atMs);
        }
      }),
    );
  });

  it('analyzeSentiment keeps every section consistent for any call', () => {
    const turn = fc.record({ speaker: fc.constantFrom(...SPEAKERS), startMs: fc.nat(3_600_000), lengthMs: fc.nat(60_000), score: anyScore });
    fc.assert(
      fc.property(fc.array(turn, { minLength: 1, maxLength: 50 }), (turns) => {
        const call = {
          id: 'c',
          agent: { id: 'a' },
          utterances: turns.map((t, i) => ({ speaker: t.speaker, startMs: t.startMs, endMs: t.startMs + t.lengthMs, text: String(i) })),
        };
        const model = {
          name: 'table',
          version: '1',
          score: (text: string) => {
            const raw = turns[Number(text)]!.score;
            const score = Number.isFinite(raw) ? raw : 0;
            return { score, label: labelOf(score), drivers: [] };
          },
        };
        const analysis = analyzeSentiment(call, model);
        expect(analysis.utterances).toHaveLength(turns.length);
        expect(analysis.utterances.every((u) => inUnit(u.score))).toBe(true);
        expectScoresInRange(analysis.arcs.customer);
        expectScoresInRange(analysis.arcs.agent);
        const end = call.utterances.reduce((m, u) => Math.max(m, u.endMs), 0);
        for (const [i, f] of analysis.inflections.entries()) {
          expect(f.speaker).not.toBe('other');
          expect(call.utterances[f.utteranceIndex]!.speaker).toBe(f.speaker);
          expect(f.atMs).toBeLessThanOrEqual(end);
          if (i > 0) expect(f.atMs).toBeGreaterThanOrEqual(analysis.inflections[i - 1]!.atMs);
        }
      }),
    );
  });

  it('finds no inflection, and a flat pattern, when every score stays within a band narrower than the minimum move', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 0.7, noNaN: true }), fc.array(fc.double({ min: 0, max: 0.29, noNaN: true }), { maxLength: 40 }), (base, offsets) => {
        const points = evenlySpaced(offsets.map((o) => base + o));
        expect(findInflections(points, 'customer')).toEqual([]);
        expect(computeArc(points, points.length * 20_000).pattern).toBe('flat');
      }),
    );
  });

  it('finds exactly one drop and one rise, at the right utterances, in a noisy V', () => {
    const noise = fc.double({ min: -0.1, max: 0.1, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(noise, { minLength: 3, maxLength: 10 }),
        fc.array(noise, { minLength: 3, maxLength: 10 }),
        fc.array(noise, { minLength: 3, maxLength: 10 }),
        (before, trough, after) => {
          const scores = [...before.map((n) => 0.6 + n), ...trough.map((n) => -0.8 + n), ...after.map((n) => 0.6 + n)];
          const found = findInflections(evenlySpaced(scores), 'customer');
          expect(found.map((f) => [f.direction, f.utteranceIndex])).toEqual([
            ['drop', before.length],
            ['rise', before.length + trough.length],
          ]);
        },
      ),
    );
  });

  it('alternates drop and rise for each speaker', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { maxLength: 80 }), (scores) => {
        const found = findInflections(evenlySpaced(scores), 'agent');
        for (let i = 1; i < found.length; i++) expect(found[i]!.direction).not.toBe(found[i - 1]!.direction);
      }),
    );
  });
});
