import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

const dir = mkdtempSync(join(tmpdir(), 'undertone-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadConfig', () => {
  it('defaults to the embedded database, port 3000 and in-process workers', () => {
    const result = loadConfig({ env: {} });
    expect(result.ok && result.config).toMatchObject({
      database: { dataDir: './.undertone-data' },
      server: { port: 3000 },
      worker: { inProcess: true },
      demo: { enabled: false },
    });
    expect(result.ok && result.config.database.url).toBeUndefined();
  });

  it('reads environment variables over file values', () => {
    const file = join(dir, 'config.yaml');
    writeFileSync(file, 'server:\n  port: 4000\n  host: 0.0.0.0\npipeline:\n  retryLimit: 7\n');
    const result = loadConfig({ env: { PORT: '5000', DATABASE_URL: 'postgres://u@h/db', UNDERTONE_WORKERS: 'off' }, file });
    expect(result.ok && result.config).toMatchObject({
      server: { port: 5000, host: '0.0.0.0' },
      database: { url: 'postgres://u@h/db' },
      worker: { inProcess: false },
      pipeline: { retryLimit: 7 },
    });
  });

  it('reports every problem with where it came from and what was expected', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ server: { port: 70000 }, worker: { concurrency: 0 } }));
    const result = loadConfig({ env: { PORT: 'eighty', DATABASE_URL: 'mysql://x', UNDERTONE_DEMO: 'maybe' }, file });
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.map((p) => p.where).sort()).toEqual(['DATABASE_URL (database.url)', 'PORT', 'UNDERTONE_DEMO', 'server.port', 'worker.concurrency'].sort());
    expect(problems.find((p) => p.where === 'PORT')?.message).toMatch(/integer.*"eighty"/);
    expect(problems.find((p) => p.where.startsWith('DATABASE_URL'))?.message).toMatch(/postgres:\/\//);
  });

  it('reports a config file it cannot read or parse', () => {
    const missing = loadConfig({ env: {}, file: join(dir, 'nope.json') });
    expect(!missing.ok && missing.problems[0]?.message).toMatch(/cannot read config file/);
    const file = join(dir, 'list.json');
    writeFileSync(file, '[1,2]');
    const list = loadConfig({ env: {}, file });
    expect(!list.ok && list.problems[0]?.message).toMatch(/expected an object/);
  });

  it('redacts every category by default; UNDERTONE_REDACTION turns it off or lists categories', () => {
    const defaults = loadConfig({ env: {} });
    expect(defaults.ok && defaults.config.redaction).toEqual({
      enabled: true,
      categories: ['card', 'cvv', 'expiry', 'ssn', 'bank_account', 'routing', 'email', 'phone', 'address', 'dob'],
    });
    const off = loadConfig({ env: { UNDERTONE_REDACTION: 'off' } });
    expect(off.ok && off.config.redaction.enabled).toBe(false);
    const some = loadConfig({ env: { UNDERTONE_REDACTION: 'card, SSN' } });
    expect(some.ok && some.config.redaction).toEqual({ enabled: true, categories: ['card', 'ssn'] });
    const file = join(dir, 'redaction.yaml');
    writeFileSync(file, 'redaction:\n  categories: [email]\nintake:\n  deleteProcessed: true\n');
    const fromFile = loadConfig({ env: {}, file });
    expect(fromFile.ok && fromFile.config.redaction.categories).toEqual(['email']);
    expect(fromFile.ok && fromFile.config.intake.deleteProcessed).toBe(true);
  });

  it('names the variable when a redaction category is unknown', () => {
    const result = loadConfig({ env: { UNDERTONE_REDACTION: 'card,passport' } });
    expect(result.ok).toBe(false);
    const problem = result.ok ? undefined : result.problems[0];
    expect(problem?.where).toBe('UNDERTONE_REDACTION (redaction.categories.1)');
    expect(problem?.message).toMatch(/card.*ssn/);
  });

  it('reads the auth section from a file and the environment, and reports every problem in it', () => {
    const file = join(dir, 'auth.json');
    writeFileSync(file, JSON.stringify({ auth: { sessionIdleMinutes: 45, loginPerIpPerMinute: 30 } }));
    const ok = loadConfig({ env: { UNDERTONE_COOKIE_SECURE: 'true', UNDERTONE_INGEST_LIMIT_PER_MINUTE: '90' }, file });
    expect(ok.ok && ok.config.auth).toEqual({ sessionIdleMinutes: 45, sessionAbsoluteHours: 12, cookieSecure: true, trustProxy: false, loginPerIpPerMinute: 30, loginFailuresPerUserPerMinute: 10, ingestPerMinute: 90 });
    const bad = loadConfig({ env: { UNDERTONE_SESSION_ABSOLUTE_HOURS: '1', UNDERTONE_SESSION_IDLE_MINUTES: '120', UNDERTONE_LOGIN_LIMIT_PER_IP: '0', UNDERTONE_TRUST_PROXY: 'perhaps' } });
    expect(bad.ok).toBe(false);
    const wheres = !bad.ok ? bad.problems.map((p) => p.where) : [];
    expect(wheres).toEqual(expect.arrayContaining(['UNDERTONE_TRUST_PROXY', 'UNDERTONE_LOGIN_LIMIT_PER_IP (auth.loginPerIpPerMinute)']));
    const longerIdle = loadConfig({ env: { UNDERTONE_SESSION_ABSOLUTE_HOURS: '1', UNDERTONE_SESSION_IDLE_MINUTES: '120' } });
    expect(!longerIdle.ok && longerIdle.problems).toEqual([{ where: 'UNDERTONE_SESSION_IDLE_MINUTES (auth.sessionIdleMinutes)', message: 'sessionIdleMinutes must not exceed sessionAbsoluteHours' }]);
  });
});
