export {
  rateLimitConfigSchema, kudosConfigSchema, outcomeConfigSchema, DEFAULT_RATE_LIMIT, DEFAULT_KUDOS, DEFAULT_OUTCOME,
  type RateLimitConfig, type KudosConfig, type OutcomeConfig,
} from './coaching-config.js';
export { triggersFromFlags, type CoachingTrigger } from './coaching-trigger.js';
export { applyRateLimit, type CoachingSession, type RateLimitState, type RateLimitResult } from './rate-limit.js';
export { detectKudos, type KudosEvent } from './kudos.js';
export { outcomeBucket, BUCKET_PRIORITY, type OutcomeBucket } from './outcome-bucket.js';
export { reviewAgents, type AgentReview, type ReviewedCall } from './review-agents.js';
