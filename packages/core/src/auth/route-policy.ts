import type { Role, TokenScope } from './roles.js';

/**
 * The access rule of one HTTP route. `public`: anyone. `signed`: no session or token, the route checks its
 * own signature (the telephony webhook). `authenticated`: a session whose user has one of `roles`, or an API
 * token whose owner has one of `roles` and which carries `tokenScope` (or `admin`); `tokenScope: null`
 * means tokens may not call the route at all (password change, logout).
 */
export type RoutePolicy =
  | { access: 'public' }
  | { access: 'signed' }
  | { access: 'authenticated'; roles: readonly Role[]; tokenScope: TokenScope | 'any' | null };

export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'session'; role: Role }
  | { kind: 'token'; role: Role; scopes: readonly TokenScope[] };

export type AccessDecision = { allowed: true } | { allowed: false; status: 401 | 403; reason: string };

export function decideAccess(policy: RoutePolicy, caller: Caller): AccessDecision {
  if (policy.access !== 'authenticated') return { allowed: true };
  if (caller.kind === 'anonymous') return { allowed: false, status: 401, reason: 'sign in (POST /api/v1/auth/login) or send an API token as "Authorization: Bearer ut_..."' };
  if (!policy.roles.includes(caller.role)) return { allowed: false, status: 403, reason: `your role (${caller.role}) may not do this; it needs ${policy.roles.join(' or ')}` };
  if (caller.kind === 'token') {
    if (policy.tokenScope === null) return { allowed: false, status: 403, reason: 'API tokens may not call this route: sign in with a password instead' };
    if (policy.tokenScope !== 'any' && !caller.scopes.includes(policy.tokenScope) && !caller.scopes.includes('admin')) {
      return { allowed: false, status: 403, reason: `this token lacks the "${policy.tokenScope}" scope: create a token with it (POST /api/v1/tokens)` };
    }
  }
  return { allowed: true };
}

/** Every role, for rules that any signed-in user passes (their data scope still limits what they see). */
export const EVERY_ROLE: readonly Role[] = ['admin', 'qa_manager', 'supervisor', 'agent'];
