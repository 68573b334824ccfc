import { isUndertoneError, type Issue } from '@undertone/core';
import { ingestCall, type IngestDeps } from '../pipeline/ingest-call.js';

/** What became of one dropped file: where it goes next, and why when it failed. */
export type FileOutcome =
  | { kind: 'processed'; callId: string; duplicate: boolean }
  | { kind: 'failed'; error: { code: string; message: string; issues: Issue[] } };

/** Ingests one file's bytes with the same use-case as the API; every failure becomes a `failed` outcome. */
export async function ingestDroppedFile(deps: IngestDeps, name: string, bytes: Uint8Array): Promise<FileOutcome> {
  try {
    const outcome = await ingestCall(deps, { input: bytes, source: `drop-folder:${name}` });
    if (outcome.status === 'conflict') {
      const from = outcome.stored ? ` (from ${outcome.stored.source})` : '';
      return { kind: 'failed', error: { code: 'CONFLICT', message: `call id "${outcome.callId}" is already stored with different content${from}: give this call a new id, or drop the stored payload unchanged`, issues: [] } };
    }
    return { kind: 'processed', callId: outcome.callId, duplicate: outcome.status === 'duplicate' };
  } catch (err) {
    if (isUndertoneError(err)) return { kind: 'failed', error: { code: err.code, message: err.message, issues: err.issues } };
    const message = err instanceof Error ? err.message : String(err);
    return { kind: 'failed', error: { code: 'INTERNAL', message: `the file could not be stored: ${message}; move it back into the drop folder to retry`, issues: [] } };
  }
}
