import { ALL_DATA } from '@undertone/core';
import type { CallStore, StoredCall } from '../storage/call-store.js';
import type { JobQueue } from '../queue/job-queue.js';
import { contentHash } from './content-hash.js';
import type { ImportStep } from './steps.js';

export interface IngestDeps {
  calls: CallStore;
  queue: JobQueue;
  importTranscript: ImportStep;
  now: () => Date;
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
 * Normalizes and stores one call and enqueues its analysis in the same transaction.
 * Idempotent on call id: the same content again is a `duplicate`, different content under the same id a `conflict`.
 * Import errors (UndertoneError) propagate to the caller untouched.
 */
export async function ingestCall(deps: IngestDeps, request: IngestRequest): Promise<IngestOutcome> {
  const { call, provenance } = deps.importTranscript(request.input, {
    source: request.source,
    ...(request.format ? { format: request.format } : {}),
    ...(request.agentSpeaker ? { agentSpeaker: request.agentSpeaker } : {}),
    ...(request.metadata ? { metadata: request.metadata } : {}),
  });
  const hash = contentHash(call);
  const outcome = await deps.calls.insertIfAbsent(
    { call, contentHash: hash, source: request.source, provenance, receivedAt: deps.now() },
    (tx) => deps.queue.enqueueAnalysis({ callId: call.id, replace: false }, tx),
  );
  if (outcome.created) return { status: 'created', callId: call.id };
  const stored = await deps.calls.getCall(call.id, ALL_DATA);
  return { status: outcome.existingHash === hash ? 'duplicate' : 'conflict', callId: call.id, ...(stored ? { stored } : {}) };
}
