import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/auth/accounts.js';
import { openHarness, postJson, signIn, tokenClient, userWithToken, type Harness } from './harness.js';

describe('sign-in, sessions, tokens and accounts', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness({ auth: { sessionIdleMinutes: 30, sessionAbsoluteHours: 2, loginFailuresPerUserPerMinute: 5 } });
    await createAccount(h.deps.auth, { username: 'Dana', displayName: 'Dana Reyes', role: 'supervisor', teams: ['billing'], password: 'correct-horse-battery' });
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  it('signs in (case-insensitive username) with an HttpOnly SameSite cookie, and /me answers the same body', async () => {
    const res = await postJson(h.app, '/api/v1/auth/login', { username: 'DANA', password: 'correct-horse-battery' });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.user).toEqual({ id: expect.any(String), username: 'dana', displayName: 'Dana Reyes', role: 'supervisor', teams: ['billing'] });
    expect(body.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/undertone_session=[A-Za-z0-9_-]{43}/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=7200/);
    expect(cookie).not.toMatch(/Secure/);
    const session = /undertone_session=([^;]+)/.exec(cookie)![1]!;
    const stored = await h.platform.database.db.selectFrom('sessions').select('id_hash').execute();
    expect(stored.map((s) => s.id_hash)).not.toContain(session);
    const me = await h.app.request('/api/v1/auth/me', { headers: { cookie: `undertone_session=${session}` } });
    expect(await me.json()).toEqual(body);
  });

  it('answers an unknown user and a wrong password with the same 401, and audits both', async () => {
    const unknown = await postJson(h.app, '/api/v1/auth/login', { username: 'nobody', password: 'whatever-password' });
    const wrong = await postJson(h.app, '/api/v1/auth/login', { username: 'dana', password: 'wrong-password-here' });
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(await unknown.json()).toEqual(await wrong.json());
    const entries = await h.deps.auth.audit.query({ action: 'auth.login', limit: 10 });
    expect(entries.filter((e) => e.outcome === 'failure').map((e) => e.actorName)).toEqual(expect.arrayContaining(['nobody', 'dana']));
    expect((await h.app.request('/api/v1/auth/me')).status).toBe(401);
  });

  it('logout revokes the session on the server: the old cookie no longer works', async () => {
    const client = await signIn(h, 'dana', 'correct-horse-battery');
    expect((await client.request('/api/v1/auth/me')).status).toBe(200);
    const out = await client.request('/api/v1/auth/logout', { method: 'POST' });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/undertone_session=;.*Max-Age=0/);
    const after = await client.request('/api/v1/auth/me');
    expect(after.status).toBe(401);
    expect((await after.json()).error.code).toBe('UNAUTHENTICATED');
  });

  it('ends a session after the idle limit, and after the absolute limit however active', async () => {
    const start = h.clock.now;
    try {
      const idle = await signIn(h, 'dana', 'correct-horse-battery');
      h.clock.now = new Date(start.getTime() + 31 * 60_000);
      expect((await idle.request('/api/v1/auth/me')).status).toBe(401);

      h.clock.now = start;
      const busy = await signIn(h, 'dana', 'correct-horse-battery');
      for (let minutes = 25; minutes < 120; minutes += 25) {
        h.clock.now = new Date(start.getTime() + minutes * 60_000);
        expect((await busy.request('/api/v1/auth/me')).status).toBe(200);
      }
      h.clock.now = new Date(start.getTime() + 121 * 60_000);
      expect((await busy.request('/api/v1/auth/me')).status).toBe(401);
    } finally {
      h.clock.now = start;
    }
  });

  it('locks a username after repeated failures with 429 and Retry-After, without locking others', async () => {
    await createAccount(h.deps.auth, { username: 'target', role: 'qa_manager', password: 'target-password-1' });
    for (let i = 0; i < 5; i++) expect((await postJson(h.app, '/api/v1/auth/login', { username: 'target', password: `guess-${i}-xxxxxxx` })).status).toBe(401);
    const blocked = await postJson(h.app, '/api/v1/auth/login', { username: 'target', password: `guess-5-xxxxxxx` });
    expect(blocked.status).toBe(401);
    const locked = await postJson(h.app, '/api/v1/auth/login', { username: 'target', password: 'target-password-1' });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await locked.json()).error.code).toBe('RATE_LIMITED');
    expect((await postJson(h.app, '/api/v1/auth/login', { username: 'dana', password: 'correct-horse-battery' })).status).toBe(200);
    h.clock.now = new Date(h.clock.now.getTime() + 3 * 60_000);
    try {
      expect((await postJson(h.app, '/api/v1/auth/login', { username: 'target', password: 'target-password-1' })).status).toBe(200);
    } finally {
      h.clock.now = new Date(h.clock.now.getTime() - 3 * 60_000);
    }
  });

  it('changes the own password (wrong current one refused), signing out other sessions', async () => {
    await createAccount(h.deps.auth, { username: 'pat', role: 'agent', agentId: 'agent-7', password: 'first-password-123' });
    const first = await signIn(h, 'pat', 'first-password-123');
    const second = await signIn(h, 'pat', 'first-password-123');
    const bad = await postJson(first, '/api/v1/auth/password', { currentPassword: 'nope-nope-nope', newPassword: 'second-password-456' });
    expect(bad.status).toBe(400);
    const short = await postJson(first, '/api/v1/auth/password', { currentPassword: 'first-password-123', newPassword: 'short' });
    expect(short.status).toBe(400);
    expect((await short.json()).error.issues[0].where).toBe('newPassword');
    expect((await postJson(first, '/api/v1/auth/password', { currentPassword: 'first-password-123', newPassword: 'second-password-456' })).status).toBe(204);
    expect((await first.request('/api/v1/auth/me')).status).toBe(200);
    expect((await second.request('/api/v1/auth/me')).status).toBe(401);
    expect((await postJson(h.app, '/api/v1/auth/login', { username: 'pat', password: 'second-password-456' })).status).toBe(200);
  });

  it('creates a token shown once and stored hashed; it works until revoked or expired, and records last use', async () => {
    // Tokens cannot manage tokens: an admin signs in to do it.
    const admin = await signIn(h, 'harness-admin', 'harness-admin-password');
    const created = await postJson(admin, '/api/v1/tokens', { name: 'genesys', scopes: ['calls:write', 'calls:read'], expiresAt: '2026-11-25T10:00:00Z' });
    expect(created.status).toBe(201);
    const { token, secret } = await created.json();
    expect(secret).toMatch(/^ut_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: 'genesys', scopes: ['calls:write', 'calls:read'], prefix: secret.slice(0, 10), lastUsedAt: null });
    const rows = await h.platform.database.db.selectFrom('api_tokens').select(['token_hash']).where('id', '=', token.id).execute();
    expect(rows[0]!.token_hash).not.toContain(secret.slice(3));
    const listed = await (await admin.request('/api/v1/tokens')).json();
    expect(JSON.stringify(listed)).not.toContain(secret);

    const client = tokenClient(h, secret);
    expect((await client.request('/api/v1/calls')).status).toBe(200);
    const used = (await (await admin.request('/api/v1/tokens')).json()).items.find((t: { id: string }) => t.id === token.id);
    expect(used.lastUsedAt).toBe(h.clock.now.toISOString());
    expect((await client.request('/api/v1/rubrics')).status).toBe(403);

    const start = h.clock.now;
    h.clock.now = new Date('2026-11-25T10:00:01Z');
    try {
      expect((await client.request('/api/v1/calls')).status).toBe(401);
    } finally {
      h.clock.now = start;
    }
    expect((await admin.request(`/api/v1/tokens/${token.id}`, { method: 'DELETE' })).status).toBe(204);
    const revoked = await client.request('/api/v1/calls');
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error.message).toContain('revoked');
    expect((await admin.request(`/api/v1/tokens/${token.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it("lets an agent hold only the scopes their role allows, and hides other users' tokens", async () => {
    await createAccount(h.deps.auth, { username: 'ana', role: 'agent', agentId: 'agent-3', password: 'ana-password-1234' });
    const ana = await signIn(h, 'ana', 'ana-password-1234');
    const tooMuch = await postJson(ana, '/api/v1/tokens', { name: 'x', scopes: ['definitions:write'] });
    expect(tooMuch.status).toBe(403);
    const mine = await postJson(ana, '/api/v1/tokens', { name: 'mine', scopes: ['calls:read'] });
    expect(mine.status).toBe(201);
    const items = (await (await ana.request('/api/v1/tokens')).json()).items as Array<{ name: string }>;
    expect(items.map((t) => t.name)).toEqual(['mine']);
    const admin = await signIn(h, 'harness-admin', 'harness-admin-password');
    const adminTokenId = (await (await admin.request('/api/v1/tokens')).json()).items.find((t: { name: string }) => t.name === 'harness').id;
    expect((await ana.request(`/api/v1/tokens/${adminTokenId}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('manages users: create (generated password once), validate by role, update signs out, last admin protected', async () => {
    const created = await postJson(h, '/api/v1/users', { username: 'sup-2', role: 'supervisor', teams: ['sales'] });
    expect(created.status).toBe(201);
    const { user, generatedPassword } = await created.json();
    expect(generatedPassword).toHaveLength(20);
    expect(user).toMatchObject({ username: 'sup-2', role: 'supervisor', teams: ['sales'], disabled: false });
    const stored = await h.platform.database.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(stored.password_hash).toMatch(/^\$argon2id\$/);

    const invalid = await postJson(h, '/api/v1/users', { username: 'x y', role: 'agent', teams: ['a'] });
    expect(invalid.status).toBe(400);
    expect((await invalid.json()).error.issues.map((i: { where: string }) => i.where).sort()).toEqual(['agentId', 'teams', 'username']);
    expect((await postJson(h, '/api/v1/users', { username: 'SUP-2', role: 'admin' })).status).toBe(409);

    const session = await signIn(h, 'sup-2', generatedPassword);
    const patch = await h.request(`/api/v1/users/${user.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ teams: ['sales', 'billing'] }) });
    expect(patch.status).toBe(200);
    expect((await patch.json()).teams).toEqual(['sales', 'billing']);
    expect((await session.request('/api/v1/auth/me')).status).toBe(401);

    const admins = (await (await h.request('/api/v1/users')).json()).items.filter((u: { role: string }) => u.role === 'admin');
    expect(admins).toHaveLength(1);
    const demote = await h.request(`/api/v1/users/${admins[0].id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'qa_manager' }) });
    expect(demote.status).toBe(409);
    expect((await h.request(`/api/v1/users/${user.id}`, { method: 'DELETE' })).status).toBe(204);
    expect((await postJson(h.app, '/api/v1/auth/login', { username: 'sup-2', password: generatedPassword })).status).toBe(401);
  });

  it('refuses a disabled account at sign-in and for its tokens', async () => {
    const { user, client } = await userWithToken(h, { username: 'leaver', role: 'qa_manager' }, ['calls:read']);
    expect((await client.request('/api/v1/calls')).status).toBe(200);
    await h.request(`/api/v1/users/${user.id}`, { method: 'PATCH', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ disabled: true }) });
    expect((await client.request('/api/v1/calls')).status).toBe(401);
    expect((await postJson(h.app, '/api/v1/auth/login', { username: 'leaver', password: 'a-long-test-password' })).status).toBe(401);
  });
});
