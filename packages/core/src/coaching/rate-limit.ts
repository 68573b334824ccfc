import { DEFAULT_RATE_LIMIT, type RateLimitConfig } from './coaching-config.js';
import type { CoachingTrigger } from './coaching-trigger.js';

export interface CoachingSession {
  /** `session:<agent>:<opensAt>`, stable whatever order the triggers arrived in. */
  id: string;
  agentId: string;
  opensAt: string;
  status: 'pending' | 'delivered';
  triggerIds: string[];
  reasons: string[];
  callIds: string[];
}

export interface RateLimitState { sessions: CoachingSession[] }

export interface RateLimitResult {
  /** Every session, from the state and new, by agent then opening time. */
  sessions: CoachingSession[];
  /** Triggers that joined a session another trigger (or the state) had already opened. */
  merged: Array<{ triggerId: string; sessionId: string }>;
  /** Pending sessions whose opening time has come. */
  due: string[];
}

const DAY_MS = 86_400_000;

/**
 * The coaching rate limit, as a pure function: at most one automated session per agent per window. A trigger inside
 * the window of the agent's latest session merges into it while it is pending; if that session was already delivered,
 * the trigger opens the next session at the window's end. No trigger is lost, and the result does not depend on input order.
 */
export function applyRateLimit(
  triggers: readonly CoachingTrigger[],
  state: RateLimitState,
  config: RateLimitConfig = DEFAULT_RATE_LIMIT,
  now: string,
): RateLimitResult {
  const windowMs = config.windowDays * DAY_MS;
  const sessions = state.sessions.map((s) => ({ ...s, triggerIds: [...s.triggerIds], reasons: [...s.reasons], callIds: [...s.callIds] }));
  const known = new Set(sessions.flatMap((s) => s.triggerIds));
  const merged: RateLimitResult['merged'] = [];
  const ordered = [...triggers].sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  for (const trigger of ordered) {
    if (known.has(trigger.id)) continue;
    known.add(trigger.id);
    const at = Date.parse(trigger.at);
    const latest = sessions
      .filter((s) => s.agentId === trigger.agentId)
      .reduce<CoachingSession | undefined>((best, s) => (!best || Date.parse(s.opensAt) > Date.parse(best.opensAt) ? s : best), undefined);
    const latestOpens = latest ? Date.parse(latest.opensAt) : Number.NEGATIVE_INFINITY;
    if (latest && at < latestOpens + windowMs) {
      if (latest.status === 'pending') {
        addTo(latest, trigger);
        merged.push({ triggerId: trigger.id, sessionId: latest.id });
        continue;
      }
      sessions.push(openSession(trigger, latestOpens + windowMs));
      continue;
    }
    sessions.push(openSession(trigger, at));
  }

  sessions.sort((a, b) => (a.agentId < b.agentId ? -1 : a.agentId > b.agentId ? 1 : Date.parse(a.opensAt) - Date.parse(b.opensAt)));
  const nowMs = Date.parse(now);
  const due = sessions.filter((s) => s.status === 'pending' && Date.parse(s.opensAt) <= nowMs).map((s) => s.id);
  return { sessions, merged, due };
}

function openSession(trigger: CoachingTrigger, opensAtMs: number): CoachingSession {
  const opensAt = new Date(opensAtMs).toISOString();
  const session: CoachingSession = { id: `session:${trigger.agentId}:${opensAt}`, agentId: trigger.agentId, opensAt, status: 'pending', triggerIds: [], reasons: [], callIds: [] };
  addTo(session, trigger);
  return session;
}

function addTo(session: CoachingSession, trigger: CoachingTrigger): void {
  session.triggerIds.push(trigger.id);
  session.reasons.push(trigger.reason);
  for (const id of trigger.callIds) if (!session.callIds.includes(id)) session.callIds.push(id);
}
