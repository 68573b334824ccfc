import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { signWebhook } from '../../src/http/webhook-signature.js';
import { makeCall } from '../fixtures.js';

const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The child resolves @undertone/core to its sources, as vitest does, not to a possibly stale dist/. */
const CHILD_TSCONFIG = fileURLToPath(new URL('../tsconfig.source.json', import.meta.url));

function start(args: string[], env: Record<string, string>): { child: ChildProcess; output: { stdout: string; stderr: string }; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/main.ts', 'serve', ...args], { cwd: REPO_ROOT, env: { ...process.env, TSX_TSCONFIG_PATH: CHILD_TSCONFIG, ...env } });
  const output = { stdout: '', stderr: '' };
  child.stdout!.on('data', (d) => (output.stdout += String(d)));
  child.stderr!.on('data', (d) => (output.stderr += String(d)));
  return { child, output, exited: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}

async function waitFor<T>(read: () => T | undefined, what: string, timeoutMs = 150_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('undertone serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'undertone-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('starts on a free port with a small demo and a drop folder, answers /healthz and the calls, and stops on SIGTERM', async () => {
    const configFile = join(dir, 'undertone.json');
    writeFileSync(configFile, JSON.stringify({ demo: { days: 2, teams: 1, agentsPerTeam: 3 }, worker: { pollingIntervalSeconds: 0.2 } }));
    const drop = join(dir, 'drop');
    mkdirSync(drop);
    writeFileSync(join(drop, 'dropped.json'), JSON.stringify(makeCall('dropped-1')));
    const serve = start(['--demo', '--port', '0', '--config', configFile], { UNDERTONE_DATA_DIR: join(dir, 'data'), UNDERTONE_DROP_DIR: drop });
    try {
      const url = await waitFor(() => /Undertone is running at (http:\/\/\S+)/.exec(serve.output.stdout)?.[1], 'the URL');
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ database: { reachable: true }, queue: { running: true } });
      await waitFor(() => (serve.output.stderr.includes('demo loaded') ? true : undefined), 'the demo load');
      expect(serve.output.stderr).toMatch(/loading demo calls: \d+\/\d+/);
      expect(serve.output.stderr).toMatch(/demo accounts \(password "undertone-demo"\)/);
      expect(serve.output.stderr).toMatch(/demo-supervisor\s+supervisor \(team /);
      expect(serve.output.stderr).not.toMatch(/created the first admin/);
      expect((await fetch(`${url}/api/v1/calls`)).status).toBe(401);
      const login = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo-admin', password: 'undertone-demo' }) });
      expect(login.status).toBe(200);
      const cookie = /undertone_session=[^;]+/.exec(login.headers.get('set-cookie') ?? '')![0];
      const get = (path: string) => fetch(`${url}${path}`, { headers: { cookie } });
      const calls = await (await get('/api/v1/calls?limit=500')).json();
      expect(calls.items.length).toBeGreaterThan(0);
      expect(calls.items.filter((c: { source: string }) => c.source === 'demo').length).toBeGreaterThan(0);
      expect((await fetch(url)).headers.get('content-type')).toContain('text/html');
      await waitFor(() => (existsSync(join(drop, 'processed', 'dropped.json')) ? true : undefined), 'the dropped file to be processed');
      expect((await get('/api/v1/calls/dropped-1')).status).toBe(200);
      // The demo agent account sees only its own calls.
      const agentLogin = await fetch(`${url}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'demo-agent', password: 'undertone-demo' }) });
      const agentCookie = /undertone_session=[^;]+/.exec(agentLogin.headers.get('set-cookie') ?? '')![0];
      const { user } = await agentLogin.json();
      const own = await (await fetch(`${url}/api/v1/calls?limit=500`, { headers: { cookie: agentCookie } })).json();
      expect(own.items.length).toBeGreaterThan(0);
      expect(new Set(own.items.map((c: { agentId: string }) => c.agentId))).toEqual(new Set([user.agentId]));
    } finally {
      serve.child.kill('SIGTERM');
    }
    expect(await serve.exited).toBe(0);
    expect(serve.output.stderr).toContain('SIGTERM received');
  }, 300_000);

  it('creates the first admin on a fresh database and prints its password once, with the URL; SIGHUP rotates webhook secrets', async () => {
    const configFile = join(dir, 'rotate.json');
    const secrets = (list: string[]) => writeFileSync(configFile, JSON.stringify({ intake: { webhookSecrets: list } }));
    secrets(['old-secret-0123456789', 'new-secret-0123456789']);
    const serve = start(['--port', '0', '--config', configFile], { UNDERTONE_DATA_DIR: join(dir, 'data3') });
    try {
      await waitFor(() => (serve.output.stderr.includes('shown only now') ? true : undefined), 'the first admin');
      const match = /Sign in at (http:\/\/\S+) as "admin" with the password (\S+)/.exec(serve.output.stderr);
      expect(match).not.toBeNull();
      const login = await fetch(`${match![1]}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: match![2] }) });
      expect(login.status).toBe(200);
      expect((await login.json()).user.role).toBe('admin');

      const hook = async (secret: string, id: string) => {
        const body = JSON.stringify(makeCall(id));
        const ts = String(Math.floor(Date.now() / 1000));
        const res = await fetch(`${match![1]}/api/v1/webhooks/test`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-undertone-timestamp': ts, 'x-undertone-signature': signWebhook(secret, ts, body) } });
        return res.status;
      };
      expect(await hook('old-secret-0123456789', 'rot-1')).toBe(201);
      secrets(['new-secret-0123456789']);
      serve.child.kill('SIGHUP');
      await waitFor(() => (serve.output.stderr.includes('1 webhook secret(s) active') ? true : undefined), 'the reload');
      expect(await hook('old-secret-0123456789', 'rot-2')).toBe(401);
      expect(await hook('new-secret-0123456789', 'rot-3')).toBe(201);
    } finally {
      serve.child.kill('SIGTERM');
    }
    expect(await serve.exited).toBe(0);
  }, 120_000);

  it('prints every config problem and exits 2', async () => {
    const serve = start(['--port', '1'], { UNDERTONE_DATA_DIR: join(dir, 'data2'), UNDERTONE_WORKER_CONCURRENCY: 'lots', UNDERTONE_WEBHOOK_SECRETS: 'short', UNDERTONE_SESSION_IDLE_MINUTES: '0', UNDERTONE_COOKIE_SECURE: 'maybe' });
    expect(await serve.exited).toBe(2);
    expect(serve.output.stderr).toContain('UNDERTONE_WORKER_CONCURRENCY');
    expect(serve.output.stderr).toContain('webhook secret must be at least 16 characters');
    expect(serve.output.stderr).toContain('UNDERTONE_SESSION_IDLE_MINUTES');
    expect(serve.output.stderr).toContain('UNDERTONE_COOKIE_SECURE');
  }, 60_000);
});
