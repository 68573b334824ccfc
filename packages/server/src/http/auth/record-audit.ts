import type { Context } from 'hono';
import type { AuthDeps } from '../../auth/auth-deps.js';
import type { AuditAction } from '../../storage/audit-log.js';
import { actorOf } from './request-context.js';

/** Appends what the current caller did to the audit log. */
export function recordAudit(
  c: Context,
  deps: Pick<AuthDeps, 'audit' | 'now'>,
  action: AuditAction,
  target: string | null,
  opts: { outcome?: 'success' | 'failure' | 'denied'; details?: Record<string, unknown> } = {},
): Promise<void> {
  return deps.audit.append({ at: deps.now(), ...actorOf(c), action, target, outcome: opts.outcome ?? 'success', ...(opts.details ? { details: opts.details } : {}) });
}
