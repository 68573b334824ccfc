import type { Role } from './roles.js';

/**
 * Which calls and agents a user may see. Stores put it into their queries (lists, counts, detail), so a
 * row outside the scope is never read, not filtered out afterwards.
 */
export type DataScope =
  | { kind: 'all' }
  | { kind: 'teams'; teams: readonly string[] }
  | { kind: 'agent'; agentId: string }
  /** A supervisor with no teams or an agent with no linked agent: sees no calls at all. */
  | { kind: 'none' };

export const ALL_DATA: DataScope = { kind: 'all' };

export interface ScopedAccount {
  role: Role;
  teams?: readonly string[] | null;
  agentId?: string | null;
}

export function dataScopeFor(account: ScopedAccount): DataScope {
  switch (account.role) {
    case 'admin':
    case 'qa_manager':
      return ALL_DATA;
    case 'supervisor':
      return account.teams && account.teams.length > 0 ? { kind: 'teams', teams: [...account.teams] } : { kind: 'none' };
    case 'agent':
      return account.agentId ? { kind: 'agent', agentId: account.agentId } : { kind: 'none' };
  }
}

/** Whether one call (by its agent and team) lies inside the scope: for checks on rows already in hand. */
export function scopeAllows(scope: DataScope, call: { agentId: string; team: string | null }): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'teams':
      return call.team !== null && scope.teams.includes(call.team);
    case 'agent':
      return call.agentId === scope.agentId;
  }
}
