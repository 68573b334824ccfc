import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_DATA } from '@undertone/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount } from '../../src/auth/accounts.js';
import { createApiToken } from '../../src/auth/api-tokens.js';
import { configSchema } from '../../src/config/config-schema.js';
import { watchDropFolder, type DropFolderEvent } from '../../src/drop-folder/watch-drop-folder.js';
import { apiDepsFromPlatform } from '../../src/http/api-deps.js';
import { createApp } from '../../src/http/app.js';
import { signWebhook } from '../../src/http/webhook-signature.js';
import { defaultSteps } from '../../src/pipeline/default-steps.js';
import { importFiles } from '../../src/pipeline/import-files.js';
import { openPlatform, type Platform } from '../../src/pipeline/platform.js';
import { DATABASES } from '../databases.js';
import { everyRowAsText, findLeaks } from './database-text.js';
import { callWithPii, SECRETS, secretPatterns } from './pii-call.js';

/** The API with an admin token, posting raw bodies to /api/v1/calls. */
async function apiPoster(platform: Platform, opts: { log?: (line: string) => void; webhookSecrets?: string[] } = {}) {
  const deps = apiDepsFromPlatform(platform, { log: opts.log ?? (() => undefined), ...(opts.webhookSecrets ? { webhookSecrets: opts.webhookSecrets } : {}) });
  const app = createApp(deps);
  const { user } = await createAccount(deps.auth, { username: 'pii-admin', role: 'admin', password: 'pii-admin-password-1' });
  const { secret } = await createApiToken(deps.auth, user, { name: 'pii', scopes: ['admin'] });
  const post = (body: string) => app.request('/api/v1/calls', { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}` } });
  return { app, post };
}

for (const database of DATABASES) {
  describe.skipIf(database.skipReason)(`redaction at ingest (${database.name})`, () => {
    let platform: Platform;
    let cleanup: () => Promise<void>;
    let dir: string;
    const logs: string[] = [];

    beforeAll(async () => {
      const created = await database.create();
      cleanup = created.cleanup;
      platform = await openPlatform(created.config, { steps: defaultSteps(), log: (line) => logs.push(line) });
      dir = mkdtempSync(join(tmpdir(), 'undertone-redaction-'));
    }, 120_000);

    afterAll(async () => {
      await platform?.close();
      await cleanup?.();
      rmSync(dir, { recursive: true, force: true });
    }, 60_000);

    it('stores only redacted text from the API, the webhook, the drop folder and `undertone import`, and analysis keeps it that way', async () => {
      const secret = 'pii-test-secret-0123456789';
      const { app, post } = await apiPoster(platform, { log: (line) => logs.push(line), webhookSecrets: [secret] });

      const created = await post(JSON.stringify(callWithPii('pii-api')));
      expect(created.status).toBe(201);
      // The same raw payload again is a duplicate: the content hash is of the redacted call, which is the same.
      expect((await post(JSON.stringify(callWithPii('pii-api')))).status).toBe(200);
      // A malformed payload holding a card number: the error names the place, never the content.
      // V8's JSON error quotes the input around an unexpected token: here the card number.
      const broken = await post(`{"id": "x", "text": card ${SECRETS.card}}`);
      expect(broken.status).toBe(400);
      expect(findLeaks([{ table: 'response', row: await broken.text() }], secretPatterns())).toEqual([]);

      const hookBody = JSON.stringify(callWithPii('pii-hook'));
      const ts = String(Math.floor(Date.now() / 1000));
      const hooked = await app.request('/api/v1/webhooks/genesys', {
        method: 'POST',
        body: hookBody,
        headers: { 'content-type': 'application/json', 'x-undertone-timestamp': ts, 'x-undertone-signature': signWebhook(secret, ts, hookBody) },
      });
      expect(hooked.status).toBe(201);

      const drop = join(dir, 'drop');
      const folder = await watchDropFolder(
        { calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: platform.now, redaction: platform.redaction },
        { dir: drop, stabilityMs: 100, log: (line) => logs.push(line) },
      );
      const events: DropFolderEvent[] = [];
      const twoHandled = new Promise<void>((resolve) => folder.onFile((e) => events.push(e) === 2 && resolve()));
      await folder.ready;
      writeFileSync(join(drop, 'call-4155552671.json'), JSON.stringify(callWithPii('pii-drop')));
      writeFileSync(join(drop, 'broken-4155552671.json'), `{"id": "y", "note": ssn ${SECRETS.ssn}}`);
      await twoHandled;
      await folder.stop();
      expect(events.map((e) => e.outcome).sort()).toEqual(['failed', 'processed']);
      const errorFile = readFileSync(join(drop, 'failed', 'broken-4155552671.json.error.json'), 'utf8');
      expect(findLeaks([{ table: 'failed/*.error.json', row: errorFile.replace('broken-4155552671.json', 'the file name') }], secretPatterns())).toEqual([]);
      // The failure is logged with the caller's number in the file name redacted.
      expect(logs.some((line) => line.includes('drop folder: broken-[PHONE].json failed'))).toBe(true);

      const file = join(dir, 'import-me.json');
      writeFileSync(file, JSON.stringify(callWithPii('pii-import')));
      const brokenFile = join(dir, 'broken-import.json');
      writeFileSync(brokenFile, `{"id": "z", "utterances": [{"text": my card is ${SECRETS.card}}]}`);
      const imported = await importFiles({ ...platform, importTranscript: platform.steps.importTranscript }, [file, brokenFile]);
      expect(imported[0]).toMatchObject({ status: 'imported', callId: 'pii-import' });
      expect(imported[1]).toMatchObject({ status: 'rejected' });
      expect(findLeaks([{ table: 'import result', row: JSON.stringify(imported[1]) }], secretPatterns())).toEqual([]);

      const worker = platform.startWorker();
      await worker.idle();
      await worker.stop();
      expect(await platform.analyses.hasAnalysis('pii-api', platform.steps.engineVersion)).toBe(true);

      const rows = await everyRowAsText(platform.database.db);
      expect(rows.some((r) => r.row.includes('[CARD]'))).toBe(true);
      expect(findLeaks(rows, secretPatterns())).toEqual([]);
      expect(findLeaks(logs.map((row) => ({ table: 'log', row })), secretPatterns())).toEqual([]);
    }, 120_000);

    it('records what was redacted and when on the stored utterances', async () => {
      for (const id of ['pii-api', 'pii-hook', 'pii-drop', 'pii-import']) {
        const stored = await platform.calls.getCall(id, ALL_DATA);
        const u = stored!.call.utterances;
        expect(u[1]!.text).toBe('sure it is [CARD] thanks');
        expect(u[1]!.redactions).toEqual([{ category: 'card', startMs: 3200 + 3 * 400, endMs: 3200 + 18 * 400 + 350 }]);
        expect(u[1]!.words!.map((w) => w.text)).toEqual(['sure', 'it', 'is', '[CARD]', 'thanks']);
        expect(u[3]!.text).toBe("It's [CARD], and my social is [SSN].");
        expect(u[4]!.text).toBe('Email me at [EMAIL] or call [PHONE].');
        expect(u[5]!.text).toBe('Thank you, your order number is 20391 and I have updated it.');
        expect(stored!.call.metadata).toMatchObject({ customerPhone: '[PHONE]', customerEmail: '[EMAIL]', orderNumber: 'A-20391' });
      }
      expect((await platform.calls.getCall('pii-drop', ALL_DATA))!.source).toBe('drop-folder:call-[PHONE].json');
    });

    it('deletes a dropped original once its redacted call is stored, when asked to', async () => {
      const drop = join(dir, 'drop-delete');
      const folder = await watchDropFolder(
        { calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: platform.now, redaction: platform.redaction },
        { dir: drop, stabilityMs: 100, deleteProcessed: true },
      );
      const handled = new Promise<DropFolderEvent>((resolve) => folder.onFile(resolve));
      await folder.ready;
      writeFileSync(join(drop, 'original.json'), JSON.stringify(callWithPii('pii-drop-delete')));
      const event = await handled;
      await folder.stop();
      expect(event).toMatchObject({ outcome: 'processed', callId: 'pii-drop-delete' });
      expect(event.movedTo).toBeUndefined();
      expect(existsSync(join(drop, 'original.json'))).toBe(false);
      expect(existsSync(join(drop, 'processed', 'original.json'))).toBe(false);
      expect((await platform.calls.getCall('pii-drop-delete', ALL_DATA))!.call.utterances[3]!.text).toBe("It's [CARD], and my social is [SSN].");
    }, 60_000);
  });
}

describe('the leak check can fail', () => {
  it('finds the planted data when redaction is off', async () => {
    const created = await DATABASES[0]!.create();
    const config = configSchema.parse({ ...created.config, redaction: { enabled: false } });
    const platform = await openPlatform(config, { steps: defaultSteps(), log: () => undefined });
    try {
      const { post } = await apiPoster(platform);
      const res = await post(JSON.stringify(callWithPii('raw')));
      expect(res.status).toBe(201);
      const leaks = findLeaks(await everyRowAsText(platform.database.db), secretPatterns());
      expect(leaks).toEqual(expect.arrayContaining(['card in public.calls', 'ssn in public.calls', 'email in public.calls']));
    } finally {
      await platform.close();
      await created.cleanup();
    }
  }, 120_000);
});
