import type { MiddlewareHandler } from 'hono';
import type { RateLimiter } from '../auth/rate-limiter.js';
import { ApiError } from './api-error.js';
import { clientIpOf, principalOf } from './auth/request-context.js';

/** Ingest requests per API token (or user), else per client address, per minute; 429 with Retry-After past it. */
export function ingestRateLimit(limiter: RateLimiter, now: () => Date): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const principal = principalOf(c);
    const key = principal ? (principal.via === 'token' ? `token:${principal.token.id}` : `user:${principal.user.id}`) : `ip:${clientIpOf(c) ?? 'unknown'}`;
    const decision = limiter.hit(key, now().getTime());
    if (!decision.allowed) {
      throw new ApiError('RATE_LIMITED', `too many ingest requests from this ${key.split(':')[0]}: wait ${decision.retryAfterSeconds} s, or raise auth.ingestPerMinute`, [], { 'Retry-After': String(decision.retryAfterSeconds) });
    }
    return next();
  };
}
