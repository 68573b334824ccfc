import { describe, expect, it } from 'vitest';
import { expand, tidy } from './phrase.js';
import { createRng } from './prng.js';

describe('expand', () => {
  it('fills slots and picks one alternative per bracket', () => {
    const rng = createRng(1);
    for (let i = 0; i < 50; i++) {
      const text = expand('[Hi|Hello], {name}[, welcome|]!', { name: 'Ada' }, rng);
      expect(['Hi, Ada, welcome!', 'Hi, Ada!', 'Hello, Ada, welcome!', 'Hello, Ada!']).toContain(text);
    }
  });

  it('names the template and the missing slot when a slot is unknown', () => {
    expect(() => expand('Your order {order}', {}, createRng(1))).toThrow(/\{order\}.*Your order/);
  });
});

describe('tidy', () => {
  it('cleans spacing left by empty alternatives and capitalizes the start', () => {
    expect(tidy('  okay ,  so  it is fine , . really?. ')).toBe('Okay, so it is fine. really?');
  });
});
