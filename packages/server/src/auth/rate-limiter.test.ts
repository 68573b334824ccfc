import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limiter.js';

describe('rate limiter', () => {
  it('allows the limit per window, then blocks until the window ends with a Retry-After', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    for (let i = 0; i < 3; i++) expect(limiter.hit('ip', 1000 + i).allowed).toBe(true);
    const denied = limiter.hit('ip', 10_000);
    expect(denied).toEqual({ allowed: false, retryAfterSeconds: 51 });
    expect(limiter.hit('other', 10_000).allowed).toBe(true);
    expect(limiter.check('ip', 60_999).allowed).toBe(false);
    expect(limiter.hit('ip', 61_000).allowed).toBe(true);
  });

  it('doubles the block for each overflowing window in a row, up to the cap, and forgives after a quiet window', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000, maxBlockMs: 4000 });
    let now = 0;
    const overflow = () => {
      limiter.hit('k', now);
      const d = limiter.hit('k', now);
      if (d.allowed) throw new Error('expected a block');
      return d.retryAfterSeconds;
    };
    expect(overflow()).toBe(1);
    now = 1000;
    expect(overflow()).toBe(2);
    now = 3000;
    expect(overflow()).toBe(4);
    now = 7000;
    expect(overflow()).toBe(4);
    now = 7000 + 4000 + 1000;
    expect(overflow()).toBe(1);
  });

  it('reset clears a key', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 1000 });
    limiter.hit('k', 0);
    expect(limiter.hit('k', 0).allowed).toBe(false);
    limiter.reset('k');
    expect(limiter.hit('k', 0).allowed).toBe(true);
  });
});
