import type { Kysely } from 'kysely';
import type { AuthConfig } from '../config/config-schema.js';
import { authConfigSchema } from '../config/config-schema.js';
import { createAuditLog, type AuditLog } from '../storage/audit-log.js';
import type { Database } from '../storage/schema.js';
import { createSessionStore, type SessionStore } from '../storage/session-store.js';
import { createTokenStore, type TokenStore } from '../storage/token-store.js';
import { createUserStore, type UserStore } from '../storage/user-store.js';
import { createRateLimiter, type RateLimiter } from './rate-limiter.js';

/** Everything sign-in, sessions, tokens and the audit trail need; one per server process. */
export interface AuthDeps {
  users: UserStore;
  sessions: SessionStore;
  tokens: TokenStore;
  audit: AuditLog;
  config: AuthConfig;
  now: () => Date;
  limits: { loginPerIp: RateLimiter; loginFailuresPerUser: RateLimiter; ingest: RateLimiter };
}

export function createAuthDeps(db: Kysely<Database>, opts: { config?: AuthConfig; now: () => Date }): AuthDeps {
  const config = opts.config ?? authConfigSchema.parse({});
  const minute = 60_000;
  return {
    users: createUserStore(db),
    sessions: createSessionStore(db),
    tokens: createTokenStore(db),
    audit: createAuditLog(db),
    config,
    now: opts.now,
    limits: {
      loginPerIp: createRateLimiter({ limit: config.loginPerIpPerMinute, windowMs: minute }),
      loginFailuresPerUser: createRateLimiter({ limit: config.loginFailuresPerUserPerMinute, windowMs: minute }),
      ingest: createRateLimiter({ limit: config.ingestPerMinute, windowMs: minute, maxBlockMs: minute }),
    },
  };
}
