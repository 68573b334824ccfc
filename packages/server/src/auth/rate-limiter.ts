/**
 * A fixed-window counter per key, in memory, with backoff: each window in a row that overflows blocks
 * the key twice as long as the last (up to `maxBlockMs`). Per process: behind several server processes
 * each counts on its own, which still bounds a guesser to N times the limit.
 */
export interface RateLimiter {
  /** Counts one event for `key`; `allowed: false` once the key is over its limit or still blocked. */
  hit(key: string, nowMs: number): RateDecision;
  /** Whether `key` is blocked now, without counting. */
  check(key: string, nowMs: number): RateDecision;
  reset(key: string): void;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  windowStart: number;
  count: number;
  strikes: number;
  blockedUntil: number;
}

const MAX_KEYS = 50_000;

export function createRateLimiter(opts: { limit: number; windowMs: number; maxBlockMs?: number }): RateLimiter {
  const maxBlockMs = opts.maxBlockMs ?? 15 * 60_000;
  const buckets = new Map<string, Bucket>();
  const blocked = (b: Bucket | undefined, now: number): RateDecision =>
    b && b.blockedUntil > now ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((b.blockedUntil - now) / 1000)) } : { allowed: true };

  const prune = (now: number) => {
    for (const [key, b] of buckets) if (b.blockedUntil <= now && now - b.windowStart >= opts.windowMs * 2) buckets.delete(key);
  };

  return {
    check: (key, now) => blocked(buckets.get(key), now),
    hit(key, now) {
      let b = buckets.get(key);
      const wasBlocked = blocked(b, now);
      if (!wasBlocked.allowed) return wasBlocked;
      if (!b) {
        if (buckets.size >= MAX_KEYS) prune(now);
        b = { windowStart: now, count: 0, strikes: 0, blockedUntil: 0 };
        buckets.set(key, b);
      }
      if (now - b.windowStart >= opts.windowMs) {
        // A quiet window after the last block forgives earlier strikes.
        if (now - Math.max(b.windowStart + opts.windowMs, b.blockedUntil) >= opts.windowMs) b.strikes = 0;
        b.windowStart = now;
        b.count = 0;
      }
      b.count += 1;
      if (b.count <= opts.limit) return { allowed: true };
      b.strikes += 1;
      b.blockedUntil = b.windowStart + Math.min(opts.windowMs * 2 ** (b.strikes - 1), maxBlockMs);
      return blocked(b, now);
    },
    reset(key) {
      buckets.delete(key);
    },
  };
}
