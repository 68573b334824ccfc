import { describe, expect, it } from 'vitest';
import { guessAgent } from './agent-heuristic.js';
import type { SourceTurn } from './source-transcript.js';

const turn = (label: string, text: string): SourceTurn => ({ label, text, startMs: 0, endMs: 1, startWhere: '', endWhere: '' });

describe('guessAgent', () => {
  it('picks the speaker with the scripted opening even when the customer speaks first', () => {
    const verdict = guessAgent([turn('1', 'Hello?'), turn('2', "Hi, you've reached Acme, how can I help?"), turn('1', "I'm calling about my bill")], undefined);
    expect(verdict.agentLabel).toBe('2');
    expect(verdict.detail).toContain("opening \"you've reached\"");
  });

  it('gives the first speaker the edge on inbound calls but not outbound ones', () => {
    const turns = [turn('x', 'Hello.'), turn('y', 'Hello.')];
    expect(guessAgent(turns, 'inbound').agentLabel).toBe('x');
    expect(guessAgent(turns, undefined).agentLabel).toBe('x');
    expect(guessAgent([turn('x', 'Hello?'), turn('y', 'Hi, let me check your account.')], 'outbound').agentLabel).toBe('y');
  });

  it('counts agent and customer vocabulary', () => {
    const verdict = guessAgent([turn('c', 'I was charged twice on my bill.'), turn('a', 'I apologize for that. Let me check. Is there anything else?')], undefined);
    expect(verdict.agentLabel).toBe('a');
    expect(verdict.detail).toMatch(/next "c" scored -1/);
  });
});
