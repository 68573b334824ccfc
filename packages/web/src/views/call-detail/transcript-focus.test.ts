import type { Inflection } from '@undertone/core';
import { describe, expect, it } from 'vitest';
import { focusForInflection } from './transcript-focus';

const base: Inflection = { atMs: 162_170, speaker: 'customer', direction: 'rise', magnitude: 0.45, utteranceIndex: 32 };

describe('choosing an inflection', () => {
  it('shows the top preceding behavior’s quote, named', () => {
    const inflection = { ...base, preceding: [{ behavior: 'offers_options', utteranceIndex: 31, atMs: 155_739, quote: 'We can set it up on Wednesday, or' }] };
    expect(focusForInflection(inflection)).toEqual({ utteranceIndex: 31, quote: 'We can set it up on Wednesday, or', label: 'Offers options' });
  });

  it('falls back to where the shift starts when nothing preceded it', () => {
    expect(focusForInflection({ ...base, preceding: [] })).toEqual({ utteranceIndex: 32 });
    expect(focusForInflection(base)).toEqual({ utteranceIndex: 32 });
  });
});
