import { scopesAllowedForRole, type TokenScope } from '@undertone/core';
import type { ApiToken } from '../storage/token-store.js';
import type { User } from '../storage/user-store.js';
import type { AuthDeps } from './auth-deps.js';
import { InvalidAccountError } from './account-errors.js';
import { randomId, randomSecret, sha256Hex } from './secrets.js';

export const TOKEN_PREFIX = 'ut_';
const LAST_USED_EVERY_MS = 60_000;

export interface NewTokenRequest {
  name: string;
  scopes: TokenScope[];
  expiresAt?: Date | undefined;
}

/** Creates a token for `owner`; the returned secret is shown once and never stored. */
export async function createApiToken(deps: Pick<AuthDeps, 'tokens' | 'now'>, owner: User, request: NewTokenRequest): Promise<{ token: ApiToken; secret: string }> {
  const allowed = scopesAllowedForRole(owner.role);
  const beyond = request.scopes.filter((s) => !allowed.includes(s));
  if (beyond.length > 0) {
    throw new InvalidAccountError(`a ${owner.role} may not create tokens with ${beyond.join(', ')}`, [{ where: 'scopes', message: `allowed for ${owner.role}: ${allowed.join(', ')}` }], 'FORBIDDEN');
  }
  const now = deps.now();
  if (request.expiresAt && request.expiresAt.getTime() <= now.getTime()) throw new InvalidAccountError('the expiry is in the past', [{ where: 'expiresAt', message: 'a future date-time' }]);
  const secret = `${TOKEN_PREFIX}${randomSecret()}`;
  const token = await deps.tokens.create({
    id: randomId('tok'),
    userId: owner.id,
    name: request.name,
    prefix: secret.slice(0, 10),
    scopes: [...new Set(request.scopes)],
    createdAt: now,
    expiresAt: request.expiresAt ?? null,
    tokenHash: sha256Hex(secret),
  });
  return { token, secret };
}

export type TokenLookup = { ok: true; user: User; token: ApiToken } | { ok: false; problem: string };

export async function resolveApiToken(deps: Pick<AuthDeps, 'tokens' | 'users' | 'now'>, secret: string): Promise<TokenLookup> {
  if (!secret.startsWith(TOKEN_PREFIX)) return { ok: false, problem: `API tokens start with "${TOKEN_PREFIX}": create one with POST /api/v1/tokens or \`undertone tokens create\`` };
  const now = deps.now();
  const token = await deps.tokens.findUsable(sha256Hex(secret), now);
  if (!token) return { ok: false, problem: 'this API token is unknown, revoked or expired' };
  const user = await deps.users.get(token.userId);
  if (!user || user.disabled) return { ok: false, problem: "this API token's owner is disabled or was removed" };
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_EVERY_MS) await deps.tokens.markUsed(token.id, now);
  return { ok: true, user, token };
}
