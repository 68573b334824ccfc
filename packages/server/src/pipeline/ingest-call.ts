import { ALL_DATA } from '@undertone/core';
import type { RedactionConfig } from '../config/config-schema.js';
import type { CallStore, StoredCall } from '../storage/call-store.js';
import type { JobQueue } from '../queue/job-queue.js';
import { directCallWriter, type CallWriter } from './call-writer.js';
import { prepareForStorage, type PrepareCallStep } from './prepare-for-storage.js';
import type { ImportStep } from './steps.js';

export interface IngestDeps {
  calls: CallStore;
  queue: JobQueue;
  importTranscript: ImportStep;
  now: () => Date;
  /** PII redaction before the first write (config `redaction`); every category when absent. */
  redaction?: RedactionConfig;
  /** How the call and its job are written: the platform's group commit (`Platform.callWriter`); one transaction per call when absent. */
  writer?: CallWriter;
  /** Import, redaction and hashing off this thread (`Platform.prepareCall`); on this thread when absent. */
  prepareCall?: PrepareCallStep;
}

export interface IngestRequest {
  input: Uint8Array | string;
  /** Where the call came from: a file path, `api`, `drop-folder:<name>`. Kept as provenance. */
  source: string;
  format?: string;
  agentSpeaker?: string;
  metadata?: Record<string, unknown>;
}

export type IngestStatus = 'created' | 'duplicate' | 'conflict';

export interface IngestOutcome {
  status: IngestStatus;
  callId: string;
  /** The stored call: for `duplicate` and `conflict`, the one that was already there. */
  stored?: StoredCall;
}

/**
 * Normalizes, redacts and stores one call and enqueues its analysis in the same transaction (shared with other
 * calls arriving at the same moment when `deps.writer` group-commits). Redaction happens before anything is written
 * (see `prepareForStorage`), on an analysis thread when `deps.prepareCall` is given. Idempotent on call id: the same
 * payload again redacts to the same call, a `duplicate`; different content under the same id is a `conflict`.
 * Import errors (UndertoneError) propagate with their message, issues and source redacted.
 */
export async function ingestCall(deps: IngestDeps, request: IngestRequest): Promise<IngestOutcome> {
  const prepared = deps.prepareCall ? await deps.prepareCall(request, deps.redaction) : prepareForStorage(deps.importTranscript, request, deps.redaction);
  const writer = deps.writer ?? directCallWriter(deps.calls, deps.queue);
  const outcome = await writer.write({ ...prepared, receivedAt: deps.now() });
  const callId = prepared.call.id;
  if (outcome.created) return { status: 'created', callId };
  const stored = await deps.calls.getCall(callId, ALL_DATA);
  return { status: outcome.existingHash === prepared.contentHash ? 'duplicate' : 'conflict', callId, ...(stored ? { stored } : {}) };
}
