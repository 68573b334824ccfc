import { importTranscript } from '@undertone/core';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { apiDepsFromPlatform, type ApiDeps } from '../../src/http/api-deps.js';
import { createApp } from '../../src/http/app.js';
import { openPlatform, type Platform } from '../../src/pipeline/platform.js';
import type { ImportStep, PipelineSteps } from '../../src/pipeline/steps.js';
import { DATABASES, type TestDatabase } from '../databases.js';
import { testSteps } from '../test-steps.js';

export const SECRETS = ['old-secret-0123456789', 'new-secret-0123456789'];

export interface Harness {
  app: OpenAPIHono;
  platform: Platform;
  deps: ApiDeps;
  /** The clock the API sees; tests move it. */
  clock: { now: Date };
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Which database (default the embedded one). */
  database?: TestDatabase;
  /** Pipeline steps (default core's real importer with the stand-in scoring of testSteps). */
  steps?: PipelineSteps;
}

/** The API on a fresh database (embedded in a temp dir unless told otherwise), with core's real importer and the stand-in scoring of testSteps. */
export async function openHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const created = await (opts.database ?? DATABASES[0]!).create();
  const clock = { now: new Date('2026-11-24T10:00:00Z') };
  const steps = opts.steps ?? { ...testSteps(), importTranscript: importTranscript as ImportStep };
  const platform = await openPlatform(created.config, { steps, log: () => undefined, now: () => clock.now });
  const deps = apiDepsFromPlatform(platform, { webhookSecrets: SECRETS, log: () => undefined, maxBodyBytes: 256 * 1024 });
  const app = createApp(deps);
  return {
    app,
    platform,
    deps,
    clock,
    async close() {
      await platform.close();
      await created.cleanup();
    },
  };
}

export function postJson(app: OpenAPIHono, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
}
