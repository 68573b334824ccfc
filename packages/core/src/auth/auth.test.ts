import { describe, expect, it } from 'vitest';
import { accountShapeIssues, normalizeUsername, passwordIssues } from './account-rules.js';
import { dataScopeFor, scopeAllows } from './data-scope.js';
import { decideAccess, EVERY_ROLE, type Caller, type RoutePolicy } from './route-policy.js';
import { ROLES, scopesAllowedForRole, TOKEN_SCOPES } from './roles.js';

describe('data scope', () => {
  it.each([
    [{ role: 'admin' as const }, { kind: 'all' }],
    [{ role: 'qa_manager' as const, teams: ['x'] }, { kind: 'all' }],
    [{ role: 'supervisor' as const, teams: ['care-east', 'sales'] }, { kind: 'teams', teams: ['care-east', 'sales'] }],
    [{ role: 'supervisor' as const, teams: [] }, { kind: 'none' }],
    [{ role: 'agent' as const, agentId: 'agt-1' }, { kind: 'agent', agentId: 'agt-1' }],
    [{ role: 'agent' as const, agentId: null }, { kind: 'none' }],
  ])('%o sees %o', (account, scope) => {
    expect(dataScopeFor(account)).toEqual(scope);
  });

  it('admits a call by team for supervisors and by agent for agents', () => {
    const call = { agentId: 'a-1', team: 'care' };
    expect(scopeAllows({ kind: 'all' }, call)).toBe(true);
    expect(scopeAllows({ kind: 'none' }, call)).toBe(false);
    expect(scopeAllows({ kind: 'teams', teams: ['care'] }, call)).toBe(true);
    expect(scopeAllows({ kind: 'teams', teams: ['care'] }, { ...call, team: null })).toBe(false);
    expect(scopeAllows({ kind: 'agent', agentId: 'a-1' }, call)).toBe(true);
    expect(scopeAllows({ kind: 'agent', agentId: 'a-2' }, call)).toBe(false);
  });
});

describe('decideAccess', () => {
  const rule: RoutePolicy = { access: 'authenticated', roles: ['admin', 'qa_manager'], tokenScope: 'definitions:write' };
  const cases: Array<[string, RoutePolicy, Caller, boolean | 401 | 403]> = [
    ['public to anyone', { access: 'public' }, { kind: 'anonymous' }, true],
    ['signed leaves it to the route', { access: 'signed' }, { kind: 'anonymous' }, true],
    ['anonymous', rule, { kind: 'anonymous' }, 401],
    ['role in list', rule, { kind: 'session', role: 'qa_manager' }, true],
    ['role not in list', rule, { kind: 'session', role: 'supervisor' }, 403],
    ['token with scope', rule, { kind: 'token', role: 'qa_manager', scopes: ['definitions:write'] }, true],
    ['token with admin scope', rule, { kind: 'token', role: 'admin', scopes: ['admin'] }, true],
    ['token without scope', rule, { kind: 'token', role: 'admin', scopes: ['calls:read'] }, 403],
    ['token of a role not in list', rule, { kind: 'token', role: 'agent', scopes: ['definitions:write'] }, 403],
    ['tokens refused', { access: 'authenticated', roles: EVERY_ROLE, tokenScope: null }, { kind: 'token', role: 'admin', scopes: ['admin'] }, 403],
    ['any token', { access: 'authenticated', roles: EVERY_ROLE, tokenScope: 'any' }, { kind: 'token', role: 'agent', scopes: ['calls:read'] }, true],
  ];
  it.each(cases)('%s', (_, policy, caller, expected) => {
    const decision = decideAccess(policy, caller);
    if (expected === true) expect(decision).toEqual({ allowed: true });
    else {
      expect(decision).toMatchObject({ allowed: false, status: expected });
      expect((decision as { reason: string }).reason.length).toBeGreaterThan(20);
    }
  });
});

describe('account rules', () => {
  it('requires teams of supervisors and an agent id of agents, and neither of others', () => {
    expect(accountShapeIssues({ role: 'supervisor', teams: [] }).map((i) => i.where)).toEqual(['teams']);
    expect(accountShapeIssues({ role: 'agent' }).map((i) => i.where)).toEqual(['agentId']);
    expect(accountShapeIssues({ role: 'admin', teams: ['x'], agentId: 'a' }).map((i) => i.where)).toEqual(['teams', 'agentId']);
    expect(accountShapeIssues({ role: 'supervisor', teams: ['x'] })).toEqual([]);
  });

  it('wants passwords of 12 to 256 characters and compares usernames case-insensitively', () => {
    expect(passwordIssues('short')).toHaveLength(1);
    expect(passwordIssues('twelve chars')).toEqual([]);
    expect(passwordIssues('x'.repeat(257))).toHaveLength(1);
    expect(normalizeUsername('  Dana.Reyes ')).toBe('dana.reyes');
  });

  it('never lets a role put more on a token than the role may do', () => {
    expect(scopesAllowedForRole('admin')).toEqual(TOKEN_SCOPES);
    for (const role of ROLES.filter((r) => r !== 'admin')) expect(scopesAllowedForRole(role)).not.toContain('admin');
    expect(scopesAllowedForRole('agent')).toEqual(['calls:read', 'definitions:read']);
  });
});
