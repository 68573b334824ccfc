import { mkdir, readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { watch } from 'chokidar';
import type { IngestDeps } from '../pipeline/ingest-call.js';
import { redactFreeText } from '../pipeline/redact-for-storage.js';
import { ingestDroppedFile } from './file-outcome.js';
import { moveInto, writeErrorFile } from './move-aside.js';

export const PROCESSED = 'processed';
export const FAILED = 'failed';

export interface DropFolderOptions {
  dir: string;
  /** How long a file's size must stay unchanged before it is read (an upload still being written is left alone). */
  stabilityMs?: number;
  /** Poll instead of OS events: for network and FUSE-mounted folders where events are unreliable. */
  usePolling?: boolean;
  /**
   * Delete a file once its (redacted) call is stored instead of keeping the original in `processed/`.
   * Duplicates are deleted too; failed files always go to `failed/` so a person can fix them.
   */
  deleteProcessed?: boolean;
  log?: (line: string) => void;
}

export interface DropFolderEvent {
  file: string;
  outcome: 'processed' | 'duplicate' | 'failed';
  callId?: string;
  code?: string;
  /** Where the file went; absent when it was deleted (`deleteProcessed`). */
  movedTo?: string;
}

export interface RunningDropFolder {
  /** Resolves once the folder is watched; files already there are then handled as they prove stable. */
  ready: Promise<void>;
  /** Every handled file, in order (for logs and tests). */
  onFile(listener: (event: DropFolderEvent) => void): void;
  stop(): Promise<void>;
}

/**
 * Watches `dir` (files at its top level, not hidden) and ingests each file that lands there, one at a time,
 * then moves it to `processed/` (or deletes it, `deleteProcessed`) or to `failed/` with `<name>.error.json` beside it.
 * Files already present are handled first. The stored call is redacted; the file kept in `processed/` is the original.
 */
export async function watchDropFolder(deps: IngestDeps, opts: DropFolderOptions): Promise<RunningDropFolder> {
  const dir = resolve(opts.dir);
  await mkdir(join(dir, PROCESSED), { recursive: true });
  await mkdir(join(dir, FAILED), { recursive: true });
  const listeners: Array<(event: DropFolderEvent) => void> = [];
  // File names can carry a caller's number or email (telephony exports name files after the caller).
  const log = (line: string) => opts.log?.(redactFreeText(line, deps.redaction));
  const seen = new Set<string>();
  let chain: Promise<void> = Promise.resolve();

  const handle = async (file: string) => {
    const name = basename(file);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch {
      return; // gone before we got to it (moved away by someone else)
    }
    const outcome = await ingestDroppedFile(deps, name, bytes);
    let event: DropFolderEvent;
    if (outcome.kind === 'processed') {
      const kind = outcome.duplicate ? 'duplicate' : 'processed';
      if (opts.deleteProcessed) {
        await unlink(file);
        event = { file: name, outcome: kind, callId: outcome.callId };
      } else {
        event = { file: name, outcome: kind, callId: outcome.callId, movedTo: await moveInto(file, join(dir, PROCESSED)) };
      }
    } else {
      const movedTo = await moveInto(file, join(dir, FAILED));
      await writeErrorFile(movedTo, outcome.error);
      event = { file: name, outcome: 'failed', code: outcome.error.code, movedTo };
      log(`drop folder: ${name} failed (${outcome.error.code}): ${outcome.error.message}; see ${movedTo}.error.json`);
    }
    for (const listener of listeners) listener(event);
  };

  const enqueue = (file: string) => {
    if (dirname(resolve(file)) !== dir || basename(file).startsWith('.') || seen.has(file)) return;
    seen.add(file);
    chain = chain
      .then(() => handle(file))
      .catch((err: unknown) => log(`drop folder: ${basename(file)}: ${err instanceof Error ? err.message : String(err)}`))
      .finally(() => seen.delete(file));
  };

  const stabilityThreshold = opts.stabilityMs ?? 1000;
  const watcher = watch(dir, {
    depth: 0,
    ignoreInitial: false,
    usePolling: opts.usePolling ?? false,
    awaitWriteFinish: { stabilityThreshold, pollInterval: Math.max(20, Math.floor(stabilityThreshold / 4)) },
    ignored: (path: string) => {
      const resolved = resolve(path);
      return resolved !== dir && (dirname(resolved) !== dir || basename(resolved).startsWith('.') || resolved === join(dir, PROCESSED) || resolved === join(dir, FAILED));
    },
  });
  watcher.on('add', enqueue);
  // A file dropped again under a name we just moved away can surface as a change rather than an add.
  watcher.on('change', enqueue);
  watcher.on('error', (err) => opts.log?.(`drop folder: watching ${dir} failed: ${err instanceof Error ? err.message : String(err)}`));
  const ready = new Promise<void>((resolveReady) => watcher.once('ready', () => resolveReady()));

  return {
    ready,
    onFile: (listener) => listeners.push(listener),
    async stop() {
      await watcher.close();
      await chain;
    },
  };
}
