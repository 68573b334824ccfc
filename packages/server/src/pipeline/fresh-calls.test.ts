import { describe, expect, it } from 'vitest';
import type { Call } from '@undertone/core';
import { freshCalls } from './fresh-calls.js';

const call = (id: string): Call => ({ id, agent: { id: `agent-of-${id}` }, utterances: [{ speaker: 'agent', startMs: 0, endMs: 1000, text: 'hello' }] });

describe('freshCalls', () => {
  it('hands a remembered call over once, with its agent', () => {
    const fresh = freshCalls(10);
    const c = call('a');
    fresh.remember(c);
    expect(fresh.take('a')).toEqual({ id: 'a', agentId: 'agent-of-a', call: c });
    expect(fresh.take('a')).toBeUndefined();
    expect(fresh.take('never-seen')).toBeUndefined();
  });

  it('drops the oldest calls beyond its capacity', () => {
    const fresh = freshCalls(2);
    for (const id of ['a', 'b', 'c']) fresh.remember(call(id));
    expect(fresh.take('a')).toBeUndefined();
    expect(fresh.take('b')?.id).toBe('b');
    expect(fresh.take('c')?.id).toBe('c');
  });

  it('refuses a capacity below one', () => {
    expect(() => freshCalls(0)).toThrow(/at least 1/);
  });
});
