import { dataScopeFor, type DataScope } from '@undertone/core';
import type { Context } from 'hono';
import type { ApiToken } from '../../storage/token-store.js';
import type { User } from '../../storage/user-store.js';
import { ApiError } from '../api-error.js';

/** Who is calling: a signed-in user (cookie session) or an API token acting as its owner. */
export type Principal =
  | { via: 'session'; user: User; sessionIdHash: string; csrfToken: string }
  | { via: 'token'; user: User; token: ApiToken };

interface RequestAuth {
  principal?: Principal;
  /** Why presented credentials were not accepted (shown in the 401), when some were presented. */
  credentialProblem?: string;
  ip: string | null;
}

const KEY = 'undertoneAuth' as never;

export function setRequestAuth(c: Context, auth: RequestAuth): void {
  c.set(KEY, auth as never);
}

function requestAuth(c: Context): RequestAuth {
  return (c.get(KEY) as RequestAuth | undefined) ?? { ip: null };
}

export function principalOf(c: Context): Principal | undefined {
  return requestAuth(c).principal;
}

/** For handlers behind an `authenticated` rule: the policy middleware already refused anonymous callers. */
export function requirePrincipal(c: Context): Principal {
  const principal = principalOf(c);
  if (!principal) throw new ApiError('UNAUTHENTICATED', 'sign in first (POST /api/v1/auth/login) or send an API token');
  return principal;
}

export function credentialProblemOf(c: Context): string | undefined {
  return requestAuth(c).credentialProblem;
}

export function clientIpOf(c: Context): string | null {
  return requestAuth(c).ip;
}

/** The calls and agents this request may read: put into every store query. */
export function dataScopeOf(c: Context): DataScope {
  return dataScopeFor(requirePrincipal(c).user);
}

/** Who did it, for the audit log. */
export function actorOf(c: Context): { actorUserId: string | null; actorTokenId: string | null; actorName: string | null; ip: string | null } {
  const p = principalOf(c);
  return { actorUserId: p?.user.id ?? null, actorTokenId: p?.via === 'token' ? p.token.id : null, actorName: p?.user.username ?? null, ip: clientIpOf(c) };
}
