import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../src/auth/password-hash.js';
import { sha256Hex } from '../src/auth/secrets.js';
import { openDatabase, type OpenDatabase } from '../src/storage/open-database.js';
import { DATABASES } from './databases.js';
import { undertone } from './run-cli.js';

describe('undertone users and tokens', () => {
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;
  let config: Awaited<ReturnType<(typeof DATABASES)[0]['create']>>['config'];
  beforeAll(async () => {
    const created = await DATABASES[0]!.create();
    ({ env, cleanup, config } = created);
  }, 60_000);
  afterAll(async () => {
    await cleanup?.();
  });
  const withDb = async <T>(work: (db: OpenDatabase) => Promise<T>): Promise<T> => {
    const database = await openDatabase(config.database);
    try {
      return await work(database);
    } finally {
      await database.close();
    }
  };

  it('adds accounts (printing a generated password once), lists them, and resets a password', async () => {
    const added = await undertone(['users', 'add', 'Lee', '--role', 'supervisor', '--teams', 'care-east,care-west', '--name', 'Lee Park'], env);
    expect(added.code, added.stderr).toBe(0);
    const password = added.stdout.trim();
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/);
    const stored = await withDb((d) => d.db.selectFrom('users').select(['password_hash', 'teams']).where('username', '=', 'lee').executeTakeFirstOrThrow());
    expect(stored.teams).toEqual(['care-east', 'care-west']);
    expect(await verifyPassword(stored.password_hash, password)).toBe(true);

    const bad = await undertone(['users', 'add', 'sam', '--role', 'agent'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('agentId');
    expect((await undertone(['users', 'add', 'x', '--role', 'boss'], env)).code).toBe(2);

    const list = await undertone(['users', 'list'], env);
    expect(list.stdout).toMatch(/^lee\tsupervisor\tLee Park\tactive teams=care-east,care-west\tusr_/m);

    const reset = await undertone(['users', 'reset-password', 'LEE'], env);
    expect(reset.code).toBe(0);
    const after = await withDb((d) => d.db.selectFrom('users').select('password_hash').where('username', '=', 'lee').executeTakeFirstOrThrow());
    expect(await verifyPassword(after.password_hash, reset.stdout.trim())).toBe(true);
    expect(await verifyPassword(after.password_hash, password)).toBe(false);
    expect((await undertone(['users', 'reset-password', 'ghost'], env)).code).toBe(2);
  }, 120_000);

  it('creates a token (secret once, stored hashed), lists and revokes it, and audits all of it', async () => {
    const created = await undertone(['tokens', 'create', '--user', 'lee', '--name', 'wfm sync', '--scopes', 'calls:read'], env);
    expect(created.code, created.stderr).toBe(0);
    const secret = created.stdout.trim();
    expect(secret).toMatch(/^ut_/);
    const row = await withDb((d) => d.db.selectFrom('api_tokens').select(['id', 'token_hash']).executeTakeFirstOrThrow());
    expect(row.token_hash).toBe(sha256Hex(secret));
    expect((await undertone(['tokens', 'create', '--user', 'lee', '--name', 'x', '--scopes', 'admin'], env)).code).toBe(2);
    expect((await undertone(['tokens', 'create', '--user', 'lee', '--name', 'x', '--scopes', 'everything'], env)).code).toBe(2);

    const list = await undertone(['tokens', 'list'], env);
    expect(list.stdout).toContain(`${row.id}\t${secret.slice(0, 10)}…\tlee\twfm sync\tcalls:read\tactive`);
    expect((await undertone(['tokens', 'revoke', row.id], env)).code).toBe(0);
    expect((await undertone(['tokens', 'list', '--user', 'lee'], env)).stdout).toContain('\trevoked\t');
    expect((await undertone(['tokens', 'revoke', row.id], env)).code).toBe(2);

    const actions = await withDb((d) => d.db.selectFrom('audit_log').select(['action', 'actor_name']).orderBy('id').execute());
    expect(actions.map((a) => a.action)).toEqual(['user.create', 'user.update', 'token.create', 'token.revoke']);
    expect(new Set(actions.map((a) => a.actor_name))).toEqual(new Set(['cli']));
  }, 120_000);

  it('prints help for both commands', async () => {
    for (const command of ['users', 'tokens']) {
      const help = await undertone([command, '--help'], env);
      expect(help.code).toBe(0);
      expect(help.stdout).toContain(`Usage: undertone ${command}`);
    }
    const top = await undertone(['--help'], env);
    expect(top.stdout).toMatch(/users\s+add, list and reset-password/);
    expect(top.stdout).toMatch(/tokens\s+create, list and revoke/);
  }, 60_000);
});
