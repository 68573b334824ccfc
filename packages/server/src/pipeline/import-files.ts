import { readFile } from 'node:fs/promises';
import { isUndertoneError } from '@undertone/core';
import { ingestCall, type IngestDeps } from './ingest-call.js';

export type FileImportStatus = 'imported' | 'duplicate' | 'conflict' | 'rejected';

export interface FileImportResult {
  file: string;
  status: FileImportStatus;
  callId?: string;
  /** Why a file was rejected or conflicted, with the places in the file when known. */
  reason?: string;
}

export interface ImportFilesOptions {
  format?: string;
  metadata?: Record<string, unknown>;
  /** Files in flight at once: with a group-committing `deps.writer`, their writes share transactions. */
  concurrency?: number;
  onResult?: (result: FileImportResult) => void;
}

/**
 * Ingests files in `concurrency` parallel lanes; results come back in the order of `files`. A bad file is reported
 * and skipped, never stops the run. Re-running reports duplicates.
 */
export async function importFiles(deps: IngestDeps, files: string[], opts: ImportFilesOptions = {}): Promise<FileImportResult[]> {
  const results: FileImportResult[] = new Array(files.length);
  let next = 0;
  const lane = async () => {
    while (next < files.length) {
      const index = next++;
      const file = files[index]!;
      const result = await importOne(deps, file, opts);
      results[index] = result;
      opts.onResult?.(result);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, opts.concurrency ?? 4) }, lane));
  return results;
}

async function importOne(deps: IngestDeps, file: string, opts: ImportFilesOptions): Promise<FileImportResult> {
  try {
    const input = await readFile(file);
    const outcome = await ingestCall(deps, {
      input: new Uint8Array(input.buffer, input.byteOffset, input.byteLength),
      source: file,
      ...(opts.format ? { format: opts.format } : {}),
      ...(opts.metadata ? { metadata: opts.metadata } : {}),
    });
    switch (outcome.status) {
      case 'created':
        return { file, status: 'imported', callId: outcome.callId };
      case 'duplicate':
        return { file, status: 'duplicate', callId: outcome.callId };
      case 'conflict':
        return {
          file,
          status: 'conflict',
          callId: outcome.callId,
          reason: `call id "${outcome.callId}" is already stored with different content${outcome.stored ? ` (from ${outcome.stored.source})` : ''}; give this call a new id or remove the stored one`,
        };
    }
  } catch (err) {
    if (isUndertoneError(err)) return { file, status: 'rejected', reason: `${err.code}: ${err.describe()}` };
    const e = err as NodeJS.ErrnoException;
    if (e && typeof e.code === 'string' && e.code.startsWith('E')) return { file, status: 'rejected', reason: `cannot read file: ${e.message}` };
    throw err;
  }
}
