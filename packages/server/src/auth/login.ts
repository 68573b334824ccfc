import { normalizeUsername } from '@undertone/core';
import type { User } from '../storage/user-store.js';
import type { AuthDeps } from './auth-deps.js';
import { verifyAgainstDummy, verifyPassword } from './password-hash.js';
import { startSession, type StartedSession } from './sessions.js';

export type LoginOutcome =
  | { ok: true; user: User; session: StartedSession }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

/**
 * Checks a username and password and starts a session. Unknown users, wrong passwords and disabled
 * accounts take the same time and give the same answer. Every attempt is audited.
 */
export async function login(deps: AuthDeps, input: { username: string; password: string; ip: string | null }): Promise<LoginOutcome> {
  const nowMs = deps.now().getTime();
  const username = normalizeUsername(input.username);
  const ipKey = input.ip ?? 'unknown';
  const audit = (outcome: 'success' | 'failure' | 'denied', user: User | undefined, reason?: string) =>
    deps.audit.append({
      at: deps.now(),
      actorUserId: user?.id ?? null,
      actorTokenId: null,
      actorName: username.slice(0, 64),
      action: 'auth.login',
      target: user?.id ?? null,
      outcome,
      ip: input.ip,
      ...(reason ? { details: { reason } } : {}),
    });

  const byIp = deps.limits.loginPerIp.hit(ipKey, nowMs);
  const byUser = deps.limits.loginFailuresPerUser.check(username, nowMs);
  const limited = !byIp.allowed ? byIp : !byUser.allowed ? byUser : undefined;
  if (limited && !limited.allowed) {
    await audit('denied', undefined, 'rate limited');
    return { ok: false, reason: 'rate-limited', retryAfterSeconds: limited.retryAfterSeconds };
  }

  const found = await deps.users.findForLogin(username);
  const passwordOk = found ? await verifyPassword(found.passwordHash, input.password) : await verifyAgainstDummy(input.password);
  if (!found || !passwordOk || found.user.disabled) {
    deps.limits.loginFailuresPerUser.hit(username, nowMs);
    await audit('failure', found?.user, !found ? 'unknown username' : !passwordOk ? 'wrong password' : 'account disabled');
    return { ok: false, reason: 'invalid' };
  }
  deps.limits.loginFailuresPerUser.reset(username);
  const session = await startSession(deps, found.user, input.ip);
  await audit('success', found.user);
  return { ok: true, user: found.user, session };
}
