import type { ApiToken } from '../storage/token-store.js';
import type { User } from '../storage/user-store.js';

export function presentUser(u: User) {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    ...(u.role === 'agent' && u.agentId ? { agentId: u.agentId } : {}),
    ...(u.role === 'supervisor' ? { teams: u.teams } : {}),
  };
}

export function presentManagedUser(u: User) {
  return { ...presentUser(u), disabled: u.disabled, createdAt: u.createdAt.toISOString(), updatedAt: u.updatedAt.toISOString() };
}

export function presentToken(t: ApiToken) {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return { id: t.id, name: t.name, prefix: t.prefix, userId: t.userId, scopes: t.scopes, createdAt: t.createdAt.toISOString(), expiresAt: iso(t.expiresAt), revokedAt: iso(t.revokedAt), lastUsedAt: iso(t.lastUsedAt) };
}
