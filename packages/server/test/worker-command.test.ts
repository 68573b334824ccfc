import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestCall } from '../src/pipeline/ingest-call.js';
import { openPlatform, type Platform } from '../src/pipeline/platform.js';
import { DATABASES } from './databases.js';
import { makeCall } from './fixtures.js';
import { testSteps } from './test-steps.js';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const postgres = DATABASES.find((d) => d.name === 'postgres')!;

describe.skipIf(postgres.skipReason !== undefined)('undertone worker on postgres', () => {
  let platform: Platform;
  let env: Record<string, string>;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    const created = await postgres.create();
    cleanup = created.cleanup;
    env = created.env;
    platform = await openPlatform(created.config, { steps: testSteps(), log: () => undefined });
  }, 120_000);

  afterAll(async () => {
    await platform?.close();
    await cleanup?.();
  }, 60_000);

  it('analyzes in its analysis threads and exits cleanly on SIGTERM', async () => {
    const deps = { calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: () => new Date() };
    await ingestCall(deps, { input: JSON.stringify(makeCall('worker-1', { callType: 'support' })), source: 'test' });
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/main.ts', 'worker', '--concurrency', '5'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, UNDERTONE_ANALYSIS_THREADS: '2', UNDERTONE_WORKER_POLL_SECONDS: '0.2' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const deadline = Date.now() + 60_000;
    while (!(await platform.analyses.getAnalysis('worker-1'))) {
      if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the worker did not analyze the call: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(stderr).toMatch(/ready \(batch size 5, 2 analysis threads\)/);
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stderr).toMatch(/stopping after the current batch/);
  }, 120_000);
});
