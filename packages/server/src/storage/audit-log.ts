import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

/** Every action the audit log records. Documented in docs/security.md; keep the two in step. */
export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.logout',
  'auth.password_change',
  'call.view',
  'call.list',
  'call.reanalyze',
  'rubric.create',
  'rubric.update',
  'rubric.delete',
  'policy.create',
  'policy.update',
  'policy.delete',
  'user.create',
  'user.update',
  'user.delete',
  'token.create',
  'token.revoke',
  'audit.view',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export interface AuditEntry {
  at: Date;
  actorUserId: string | null;
  actorTokenId: string | null;
  /** The username at the time, so entries stay readable after the account is deleted. */
  actorName: string | null;
  action: AuditAction;
  target: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  details?: Record<string, unknown>;
}

export interface AuditRecord extends AuditEntry {
  id: string;
}

export interface AuditQuery {
  actor?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** The id of the last entry seen: older entries follow. */
  before?: string;
  limit: number;
}

/** Append-only: there is no update or delete here, and a database trigger refuses them from anywhere else. */
export interface AuditLog {
  append(entry: AuditEntry): Promise<void>;
  query(q: AuditQuery): Promise<AuditRecord[]>;
}

export function createAuditLog(db: Kysely<Database>): AuditLog {
  return {
    async append(e) {
      await db
        .insertInto('audit_log')
        .values({
          at: e.at,
          actor_user_id: e.actorUserId,
          actor_token_id: e.actorTokenId,
          actor_name: e.actorName,
          action: e.action,
          target: e.target,
          outcome: e.outcome,
          ip: e.ip,
          details: JSON.stringify(e.details ?? {}),
        })
        .execute();
    },
    async query(q) {
      let query = db.selectFrom('audit_log').selectAll();
      if (q.actor !== undefined) query = query.where((eb) => eb.or([eb('actor_user_id', '=', q.actor!), eb('actor_token_id', '=', q.actor!), eb('actor_name', '=', q.actor!)]));
      if (q.action !== undefined) query = query.where('action', '=', q.action);
      if (q.from) query = query.where('at', '>=', q.from);
      if (q.to) query = query.where('at', '<', q.to);
      if (q.before !== undefined) query = query.where('id', '<', q.before);
      const rows = await query.orderBy('id', 'desc').limit(q.limit).execute();
      return rows.map((r) => ({
        id: String(r.id),
        at: new Date(r.at),
        actorUserId: r.actor_user_id,
        actorTokenId: r.actor_token_id,
        actorName: r.actor_name,
        action: r.action as AuditAction,
        target: r.target,
        outcome: r.outcome,
        ip: r.ip,
        details: r.details as Record<string, unknown>,
      }));
    },
  };
}
