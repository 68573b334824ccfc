import { describe, expect, it } from 'vitest';
import { asrRender } from './asr-noise.js';
import { createRng } from './prng.js';

describe('asrRender', () => {
  it('lowercases, drops punctuation, keeps amounts and spells out emails and ampersands', () => {
    const text = asrRender('Okay, so that is $45.50 for Talk & Text. Email me at zoe.park7@example.com.', { errorRate: 0 }, createRng(1));
    expect(text).toBe('okay so that is $45.50 for talk and text email me at zoe dot park7 at example dot com');
  });

  it('mishears some words when the error rate is high', () => {
    const rng = createRng(2);
    const outputs = Array.from({ length: 20 }, () => asrRender('I want to cancel my bill and my router', { errorRate: 0.2 }, rng));
    expect(outputs.some((o) => o !== 'i want to cancel my bill and my router')).toBe(true);
  });
});
