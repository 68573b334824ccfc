import type { Issue } from '../errors.js';
import type { Role } from './roles.js';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._@-]{1,63}$/;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

export interface AccountShape {
  role: Role;
  teams?: readonly string[] | null | undefined;
  agentId?: string | null | undefined;
}

/** What must hold for an account of each role: supervisors name their teams, agents their agent id, nobody else either. */
export function accountShapeIssues(account: AccountShape): Issue[] {
  const issues: Issue[] = [];
  const teams = account.teams ?? [];
  if (account.role === 'supervisor' && teams.length === 0) issues.push({ where: 'teams', message: 'a supervisor needs at least one team (the team ids on their calls)' });
  if (account.role !== 'supervisor' && teams.length > 0) issues.push({ where: 'teams', message: `only supervisors have teams; a ${account.role} sees ${account.role === 'agent' ? 'their own calls' : 'every call'}` });
  if (account.role === 'agent' && !account.agentId) issues.push({ where: 'agentId', message: 'an agent account needs the agent id its calls carry' });
  if (account.role !== 'agent' && account.agentId) issues.push({ where: 'agentId', message: 'only agent accounts link to an agent id' });
  return issues;
}

export function passwordIssues(password: string): Issue[] {
  if (password.length < MIN_PASSWORD_LENGTH) return [{ where: 'password', message: `at least ${MIN_PASSWORD_LENGTH} characters (a passphrase works well)` }];
  if (password.length > MAX_PASSWORD_LENGTH) return [{ where: 'password', message: `at most ${MAX_PASSWORD_LENGTH} characters` }];
  return [];
}

/** Usernames compare case-insensitively: stored and looked up in lower case. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}
