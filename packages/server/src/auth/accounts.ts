import { accountShapeIssues, normalizeUsername, passwordIssues, USERNAME_PATTERN, type Role } from '@undertone/core';
import type { User, UserChanges } from '../storage/user-store.js';
import { InvalidAccountError } from './account-errors.js';
import type { AuthDeps } from './auth-deps.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { randomId, randomPassword } from './secrets.js';

export interface NewAccount {
  username: string;
  displayName?: string | undefined;
  role: Role;
  teams?: string[] | undefined;
  agentId?: string | undefined;
  /** When absent, a random one is made and returned once. */
  password?: string | undefined;
}

/** Creates a local account; returns the generated password when none was given. */
export async function createAccount(deps: Pick<AuthDeps, 'users' | 'now'>, input: NewAccount): Promise<{ user: User; generatedPassword?: string }> {
  const username = normalizeUsername(input.username);
  const issues = [
    ...(USERNAME_PATTERN.test(username) ? [] : [{ where: 'username', message: '2 to 64 characters: letters, digits, dot, dash, underscore, @; starting with a letter or digit' }]),
    ...accountShapeIssues(input),
    ...(input.password !== undefined ? passwordIssues(input.password) : []),
  ];
  if (issues.length > 0) throw new InvalidAccountError(`the account "${input.username.slice(0, 64)}" is not valid: fix the fields listed`, issues);
  if (await deps.users.findForLogin(username)) throw new InvalidAccountError(`username "${username}" is taken: choose another`, [{ where: 'username', message: 'already exists' }], 'CONFLICT');
  const password = input.password ?? randomPassword();
  const user = await deps.users.create({
    id: randomId('usr'),
    username,
    displayName: input.displayName?.trim() || username,
    role: input.role,
    teams: input.role === 'supervisor' ? [...new Set(input.teams ?? [])] : [],
    agentId: input.role === 'agent' ? (input.agentId ?? null) : null,
    passwordHash: await hashPassword(password),
    now: deps.now(),
  });
  return input.password === undefined ? { user, generatedPassword: password } : { user };
}

export interface AccountChanges {
  displayName?: string | undefined;
  role?: Role | undefined;
  teams?: string[] | undefined;
  agentId?: string | null | undefined;
  disabled?: boolean | undefined;
  password?: string | undefined;
}

/**
 * Changes an account. A new role, password or a disable signs the user out everywhere (their sessions were
 * granted under the old terms). The last enabled admin can be neither demoted nor disabled.
 */
export async function updateAccount(deps: Pick<AuthDeps, 'users' | 'sessions' | 'now'>, id: string, changes: AccountChanges): Promise<User> {
  const current = await deps.users.get(id);
  if (!current) throw new InvalidAccountError(`user "${id}" does not exist: list users with GET /api/v1/users`, [], 'NOT_FOUND');
  const role = changes.role ?? current.role;
  const next = {
    role,
    teams: changes.teams ?? (role === 'supervisor' ? current.teams : []),
    agentId: changes.agentId !== undefined ? changes.agentId : role === 'agent' ? current.agentId : null,
  };
  const issues = [...accountShapeIssues(next), ...(changes.password !== undefined ? passwordIssues(changes.password) : [])];
  if (issues.length > 0) throw new InvalidAccountError(`the changes to "${current.username}" are not valid: fix the fields listed`, issues);
  const losesAdmin = current.role === 'admin' && !current.disabled && (role !== 'admin' || changes.disabled === true);
  if (losesAdmin && (await deps.users.countActiveAdmins()) <= 1) {
    throw new InvalidAccountError(`"${current.username}" is the last enabled admin: make another admin first`, [], 'CONFLICT');
  }
  const update: UserChanges = { role, teams: next.teams, agentId: next.agentId ?? null };
  if (changes.displayName !== undefined) update.displayName = changes.displayName.trim() || current.username;
  if (changes.disabled !== undefined) update.disabled = changes.disabled;
  if (changes.password !== undefined) update.passwordHash = await hashPassword(changes.password);
  const now = deps.now();
  const updated = await deps.users.update(id, update, now);
  if (!updated) throw new InvalidAccountError(`user "${id}" does not exist`, [], 'NOT_FOUND');
  const scopeChanged = role !== current.role || next.teams.join('\n') !== current.teams.join('\n') || (next.agentId ?? null) !== current.agentId;
  if (scopeChanged || changes.password !== undefined || changes.disabled === true) await deps.sessions.revokeAllForUser(id, now);
  return updated;
}

export async function deleteAccount(deps: Pick<AuthDeps, 'users'>, id: string, actingUserId: string | null): Promise<User> {
  const current = await deps.users.get(id);
  if (!current) throw new InvalidAccountError(`user "${id}" does not exist: list users with GET /api/v1/users`, [], 'NOT_FOUND');
  if (id === actingUserId) throw new InvalidAccountError('you cannot delete your own account: ask another admin', [], 'CONFLICT');
  if (current.role === 'admin' && !current.disabled && (await deps.users.countActiveAdmins()) <= 1) {
    throw new InvalidAccountError(`"${current.username}" is the last enabled admin: make another admin first`, [], 'CONFLICT');
  }
  await deps.users.delete(id);
  return current;
}

/** Changes the caller's own password after checking the current one; their other sessions end. */
export async function changeOwnPassword(
  deps: Pick<AuthDeps, 'users' | 'sessions' | 'now'>,
  user: User,
  input: { currentPassword: string; newPassword: string; keepSessionIdHash?: string },
): Promise<void> {
  const found = await deps.users.findForLogin(user.username);
  if (!found || !(await verifyPassword(found.passwordHash, input.currentPassword))) {
    throw new InvalidAccountError('the current password is wrong', [{ where: 'currentPassword', message: 'does not match' }]);
  }
  const issues = passwordIssues(input.newPassword);
  if (issues.length > 0) throw new InvalidAccountError('the new password is not acceptable', issues.map((i) => ({ ...i, where: 'newPassword' })));
  const now = deps.now();
  await deps.users.update(user.id, { passwordHash: await hashPassword(input.newPassword) }, now);
  await deps.sessions.revokeAllForUser(user.id, now, input.keepSessionIdHash);
}
