import { importTranscript, type TokenScope } from '@undertone/core';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { createAccount, type NewAccount } from '../../src/auth/accounts.js';
import { createApiToken } from '../../src/auth/api-tokens.js';
import type { AuthConfig } from '../../src/config/config-schema.js';
import { apiDepsFromPlatform, type ApiDeps } from '../../src/http/api-deps.js';
import { createApp } from '../../src/http/app.js';
import { openPlatform, type Platform } from '../../src/pipeline/platform.js';
import type { ImportStep, PipelineSteps } from '../../src/pipeline/steps.js';
import type { User } from '../../src/storage/user-store.js';
import { DATABASES, type TestDatabase } from '../databases.js';
import { testSteps } from '../test-steps.js';

export const SECRETS = ['old-secret-0123456789', 'new-secret-0123456789'];

/** Anything with `request` like a Hono app: the app itself, the harness (as admin), or a signed-in client. */
export interface Requester {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

export interface Harness extends Requester {
  /** The app with no credentials: what an anonymous caller sees. */
  app: OpenAPIHono;
  platform: Platform;
  deps: ApiDeps;
  /** The clock the API sees; tests move it. */
  clock: { now: Date };
  /** `request` sends this admin API token (scope `admin`). */
  adminToken: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Which database (default the embedded one). */
  database?: TestDatabase;
  /** Pipeline steps (default core's real importer with the stand-in scoring of testSteps). */
  steps?: PipelineSteps;
  auth?: Partial<AuthConfig>;
}

/** The API on a fresh database (embedded in a temp dir unless told otherwise), with core's real importer and the stand-in scoring of testSteps. */
export async function openHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const created = await (opts.database ?? DATABASES[0]!).create();
  const clock = { now: new Date('2026-11-24T10:00:00Z') };
  const steps = opts.steps ?? { ...testSteps(), importTranscript: importTranscript as ImportStep };
  const platform = await openPlatform(created.config, { steps, log: () => undefined, now: () => clock.now });
  const deps = apiDepsFromPlatform(platform, { webhookSecrets: SECRETS, log: () => undefined, maxBodyBytes: 256 * 1024, auth: { ...created.config.auth, ...opts.auth } });
  const app = createApp(deps);
  const { user: admin } = await createAccount(deps.auth, { username: 'harness-admin', role: 'admin', password: 'harness-admin-password' });
  const { secret: adminToken } = await createApiToken(deps.auth, admin, { name: 'harness', scopes: ['admin'] });
  return {
    app,
    platform,
    deps,
    clock,
    adminToken,
    request: (path, init = {}) => app.request(path, withBearer(init, adminToken)),
    async close() {
      await platform.close();
      await created.cleanup();
    },
  };
}

export function withBearer(init: RequestInit, token: string): RequestInit {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return { ...init, headers };
}

/** A client that sends `token` on every request. */
export function tokenClient(h: Harness, token: string): Requester {
  return { request: (path, init = {}) => h.app.request(path, withBearer(init, token)) };
}

/** Creates an account and an API token for it with `scopes`. */
export async function userWithToken(h: Harness, account: NewAccount, scopes: TokenScope[]): Promise<{ user: User; token: string; client: Requester }> {
  const { user } = await createAccount(h.deps.auth, { password: 'a-long-test-password', ...account });
  const { secret } = await createApiToken(h.deps.auth, user, { name: `${account.username}-token`, scopes });
  return { user, token: secret, client: tokenClient(h, secret) };
}

/** Signs in through the API; the client sends the session cookie, and the CSRF token on unsafe methods. */
export async function signIn(h: Harness, username: string, password: string): Promise<Requester & { csrfToken: string; cookie: string }> {
  const res = await postJson(h.app, '/api/v1/auth/login', { username, password });
  if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = /undertone_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')![0];
  return {
    csrfToken,
    cookie,
    request(path, init = {}) {
      const headers = new Headers(init.headers);
      headers.set('cookie', cookie);
      if (init.method && !['GET', 'HEAD'].includes(init.method.toUpperCase())) headers.set('x-csrf-token', csrfToken);
      return h.app.request(path, { ...init, headers });
    },
  };
}

export function postJson(client: Requester, path: string, body: unknown, headers: Record<string, string> = {}) {
  return client.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
}
