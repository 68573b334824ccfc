import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_DATA, importTranscript } from '@undertone/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchDropFolder, type DropFolderEvent, type RunningDropFolder } from '../../src/drop-folder/watch-drop-folder.js';
import { openPlatform, type Platform } from '../../src/pipeline/platform.js';
import type { ImportStep } from '../../src/pipeline/steps.js';
import { DATABASES } from '../databases.js';
import { makeCall } from '../fixtures.js';
import { testSteps } from '../test-steps.js';

describe('drop folder', () => {
  let platform: Platform;
  let cleanup: () => Promise<void>;
  let dir: string;
  let folder: RunningDropFolder;
  const events: DropFolderEvent[] = [];
  const waiters: Array<() => void> = [];
  /** Resolves once `count` files in total have been handled. */
  const handled = (count: number) => new Promise<void>((resolve) => {
    const check = () => (events.length >= count ? resolve() : waiters.push(check));
    check();
  });

  beforeAll(async () => {
    const created = await DATABASES[0]!.create();
    cleanup = created.cleanup;
    platform = await openPlatform(created.config, { steps: { ...testSteps(), importTranscript: importTranscript as ImportStep }, log: () => undefined });
    dir = mkdtempSync(join(tmpdir(), 'undertone-drop-'));
    // Present before the watcher starts: handled at start.
    writeFileSync(join(dir, 'early-good.json'), JSON.stringify(makeCall('drop-early')));
    writeFileSync(join(dir, 'early-bad.json'), JSON.stringify({ id: 'x', utterances: 'not a list' }));
    writeFileSync(join(dir, '.hidden-partial.json'), 'ignored');
    folder = await watchDropFolder({ calls: platform.calls, queue: platform.queue, importTranscript: platform.steps.importTranscript, now: () => new Date() }, { dir, stabilityMs: 100, log: () => undefined });
    folder.onFile((event) => {
      events.push(event);
      waiters.splice(0).forEach((w) => w());
    });
    await folder.ready;
  }, 120_000);

  afterAll(async () => {
    await folder?.stop();
    await platform?.close();
    await cleanup?.();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('imports files present at start: the good one to processed/, the bad one to failed/ with an error file', async () => {
    await handled(2);
    expect(await platform.calls.getCall('drop-early', ALL_DATA)).toBeDefined();
    expect(readdirSync(join(dir, 'processed'))).toEqual(['early-good.json']);
    expect(readdirSync(join(dir, 'failed')).sort()).toEqual(['early-bad.json', 'early-bad.json.error.json']);
    const error = JSON.parse(readFileSync(join(dir, 'failed', 'early-bad.json.error.json'), 'utf8'));
    expect(error.code).toMatch(/^[A-Z_]+$/);
    expect(error.message).toBeTruthy();
    expect(Array.isArray(error.issues)).toBe(true);
    expect(existsSync(join(dir, '.hidden-partial.json'))).toBe(true);
  });

  it('imports files that land later, and moves a same-name file beside the first without overwriting', async () => {
    await handled(2);
    writeFileSync(join(dir, 'late.vtt'), 'WEBVTT\n\n00:00:00.000 --> 00:00:02.000\n<v Agent>Hello, thanks for calling.\n\n00:00:02.500 --> 00:00:05.000\n<v Customer>Hi, I need help.\n');
    writeFileSync(join(dir, 'early-good.json'), JSON.stringify(makeCall('drop-early')));
    writeFileSync(join(dir, 'garbage.json'), '{"id": ');
    await handled(5);
    const byFile = Object.fromEntries(events.slice(2).map((e) => [e.file, e]));
    expect(byFile['early-good.json']?.outcome).toBe('duplicate');
    expect(byFile['garbage.json']).toMatchObject({ outcome: 'failed', code: 'INVALID_INPUT' });
    expect(readdirSync(join(dir, 'processed')).sort()).toEqual(['early-good-1.json', 'early-good.json', ...(byFile['late.vtt']?.outcome === 'processed' ? ['late.vtt'] : [])].sort());
    if (byFile['late.vtt']?.outcome === 'failed') {
      // A transcript without an agent id is refused with its own code and an error file.
      expect(existsSync(join(dir, 'failed', 'late.vtt.error.json'))).toBe(true);
    }
    expect(readdirSync(dir).filter((f) => !f.startsWith('.')).sort()).toEqual(['failed', 'processed']);
  });
});
