import type { Role } from '@undertone/core';
import type { AuthDeps } from './auth-deps.js';
import { createAccount } from './accounts.js';

/**
 * First start: when no enabled admin exists, make one with a random password for the operator to
 * read once from the log (it is never stored in clear). Returns undefined when an admin already exists.
 */
export async function ensureFirstAdmin(deps: Pick<AuthDeps, 'users' | 'now'>): Promise<{ username: string; password: string } | undefined> {
  if ((await deps.users.countActiveAdmins()) > 0) return undefined;
  let username = 'admin';
  for (let n = 2; await deps.users.findForLogin(username); n++) username = `admin-${n}`;
  const { user, generatedPassword } = await createAccount(deps, { username, displayName: 'Administrator', role: 'admin' });
  return { username: user.username, password: generatedPassword! };
}

/** The demo's shared password: demo accounts exist only with `serve --demo`, never on a real install. */
export const DEMO_PASSWORD = 'undertone-demo';

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  teams?: string[];
  agentId?: string;
}

/** One account per role: the supervisor runs the demo's first team, the agent is its first agent. */
export function demoAccounts(firstTeam: string, firstAgentId: string): DemoAccount[] {
  return [
    { username: 'demo-admin', role: 'admin', displayName: 'Demo Admin' },
    { username: 'demo-qa', role: 'qa_manager', displayName: 'Demo QA Manager' },
    { username: 'demo-supervisor', role: 'supervisor', displayName: 'Demo Supervisor', teams: [firstTeam] },
    { username: 'demo-agent', role: 'agent', displayName: 'Demo Agent', agentId: firstAgentId },
  ];
}

/** Creates the demo accounts that do not exist yet; returns every demo account. */
export async function ensureDemoAccounts(deps: Pick<AuthDeps, 'users' | 'now'>, accounts: DemoAccount[]): Promise<DemoAccount[]> {
  for (const account of accounts) {
    if (await deps.users.findForLogin(account.username)) continue;
    await createAccount(deps, { ...account, password: DEMO_PASSWORD });
  }
  return accounts;
}
