import { z } from 'zod';

/** Coaching rate limit: at most `maxSessions` automated sessions per agent in any `windowDays`. */
export const rateLimitConfigSchema = z
  .object({
    maxSessions: z.literal(1).default(1),
    windowDays: z.number().positive().default(7),
  })
  .strict();
export type RateLimitConfig = z.infer<typeof rateLimitConfigSchema>;

/** When a call earns kudos: a very positive customer exit, or a strong recovery from a low point. */
export const kudosConfigSchema = z
  .object({
    customerExitAtLeast: z.number().min(-1).max(1).default(0.8),
    recoveryMarginAtLeast: z.number().min(0).max(2).default(0.5),
  })
  .strict();
export type KudosConfig = z.infer<typeof kudosConfigSchema>;

/** Outcome buckets: a resolved call whose customer exit sentiment is below this is resolved_negative. */
export const outcomeConfigSchema = z
  .object({ positiveExitAtLeast: z.number().min(-1).max(1).default(0) })
  .strict();
export type OutcomeConfig = z.infer<typeof outcomeConfigSchema>;

export const DEFAULT_RATE_LIMIT: RateLimitConfig = rateLimitConfigSchema.parse({});
export const DEFAULT_KUDOS: KudosConfig = kudosConfigSchema.parse({});
export const DEFAULT_OUTCOME: OutcomeConfig = outcomeConfigSchema.parse({});
