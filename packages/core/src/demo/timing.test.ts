import { describe, expect, it } from 'vitest';
import type { Call } from '../call/call.js';
import { generateCall } from './generate-call.js';

const base = { startedAt: '2026-11-20T15:04:05Z', agent: { id: 'agt-1' } };

function tagsAt(call: Call, index: number): string[] {
  return (call.metadata as { truth: { tags: string[][] } }).truth.tags[index] ?? [];
}

function agentWordsPerMinute(call: Call): number {
  const agent = call.utterances.filter((u) => u.speaker === 'agent');
  const words = agent.reduce((n, u) => n + u.text.split(/\s+/).length, 0);
  const ms = agent.reduce((n, u) => n + (u.endMs - u.startMs), 0);
  return words / (ms / 60_000);
}

describe('call timing', () => {
  it('keeps a human speaking pace when fitting a call to a target duration', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const call = generateCall({ ...base, seed, targetTurns: 150, targetDurationMs: 600_000 });
      expect(call.durationMs).toBe(600_000);
      const wpm = agentWordsPerMinute(call);
      expect(wpm).toBeGreaterThan(110);
      expect(wpm).toBeLessThan(210);
    }
  });

  it('overlaps the customer when the agent interrupts', () => {
    let overlaps = 0;
    for (let seed = 0; seed < 20; seed++) {
      const call = generateCall({ ...base, seed, tendencies: { interrupts: 1 } });
      call.utterances.forEach((u, i) => {
        if (!tagsAt(call, i).includes('interruption')) return;
        const previous = call.utterances[i - 1];
        expect(previous?.speaker).toBe('customer');
        expect(u.startMs).toBeLessThan(previous?.endMs ?? 0);
        overlaps++;
      });
    }
    expect(overlaps).toBeGreaterThan(20);
  });

  it('leaves long silences before dead air and longer ones for holds', () => {
    let deadAir = 0;
    let holds = 0;
    for (let seed = 0; seed < 30; seed++) {
      const call = generateCall({ ...base, seed, tendencies: { deadAir: 1, holdWithoutPermission: 0 }, targetTurns: 80 });
      call.utterances.forEach((u, i) => {
        const previous = call.utterances[i - 1];
        if (!previous) return;
        const silence = u.startMs - previous.endMs;
        if (tagsAt(call, i).includes('dead_air')) {
          expect(silence).toBeGreaterThanOrEqual(7000);
          deadAir++;
        }
        if (tagsAt(call, i).includes('hold_return')) {
          expect(silence).toBeGreaterThanOrEqual(40_000);
          holds++;
        }
      });
    }
    expect(deadAir).toBeGreaterThan(10);
    expect(holds).toBeGreaterThan(5);
  });
});
