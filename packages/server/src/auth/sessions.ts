import type { User } from '../storage/user-store.js';
import type { AuthDeps } from './auth-deps.js';
import { randomSecret, sha256Hex } from './secrets.js';

export const SESSION_COOKIE = 'undertone_session';
/** Sessions seen within this long are not written again on every request. */
const TOUCH_EVERY_MS = 60_000;

export interface StartedSession {
  /** The cookie value: known only to the browser; the server keeps its sha-256. */
  cookieValue: string;
  csrfToken: string;
  expiresAt: Date;
}

export async function startSession(deps: Pick<AuthDeps, 'sessions' | 'config' | 'now'>, user: User, ip: string | null): Promise<StartedSession> {
  const now = deps.now();
  const cookieValue = randomSecret();
  const csrfToken = randomSecret();
  const expiresAt = new Date(now.getTime() + deps.config.sessionAbsoluteHours * 3_600_000);
  await deps.sessions.create({ idHash: sha256Hex(cookieValue), userId: user.id, csrfToken, createdAt: now, lastSeenAt: now, expiresAt, ip });
  return { cookieValue, csrfToken, expiresAt };
}

export type SessionLookup = { ok: true; user: User; idHash: string; csrfToken: string } | { ok: false; problem: string };

/** The live session behind a cookie value: not revoked, within its absolute and idle lifetimes, its user enabled. */
export async function resolveSession(deps: Pick<AuthDeps, 'sessions' | 'users' | 'config' | 'now'>, cookieValue: string): Promise<SessionLookup> {
  const now = deps.now();
  const idHash = sha256Hex(cookieValue);
  const session = await deps.sessions.findLive(idHash, now);
  if (!session) return { ok: false, problem: 'your session has ended (signed out or expired): sign in again' };
  if (now.getTime() - session.lastSeenAt.getTime() > deps.config.sessionIdleMinutes * 60_000) {
    await deps.sessions.revoke(idHash, now);
    return { ok: false, problem: `your session was idle for more than ${deps.config.sessionIdleMinutes} minutes: sign in again` };
  }
  const user = await deps.users.get(session.userId);
  if (!user || user.disabled) return { ok: false, problem: 'this account is disabled or was removed: ask an administrator' };
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) await deps.sessions.touch(idHash, now);
  return { ok: true, user, idHash, csrfToken: session.csrfToken };
}
