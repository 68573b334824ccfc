import { ALL_DATA } from '@undertone/core';
import type { RedactionConfig } from '../config/config-schema.js';
import type { CallStore, StoredCall } from '../storage/call-store.js';
import type { JobQueue } from '../queue/job-queue.js';
import { directCallWriter, type CallWriter } from './call-writer.js';
import { contentHash } from './content-hash.js';
import { redactError, redactForStorage, redactFreeText } from './redact-for-storage.js';
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
 * calls arriving at the same moment when `deps.writer` group-commits).
 * Redaction happens before anything is written: the stored call, its utterance rows, its source and the content
 * hash all come from the redacted call (a hash of the raw call would let anyone holding the database test guesses
 * of a card number against it). Idempotent on call id: the same payload again redacts to the same call, a
 * `duplicate`; different content under the same id is a `conflict`.
 * Import errors (UndertoneError) propagate with their message, issues and source redacted.
 */
export async function ingestCall(deps: IngestDeps, request: IngestRequest): Promise<IngestOutcome> {
  let imported: ReturnType<ImportStep>;
  try {
    imported = deps.importTranscript(request.input, {
      source: request.source,
      ...(request.format ? { format: request.format } : {}),
      ...(request.agentSpeaker ? { agentSpeaker: request.agentSpeaker } : {}),
      ...(request.metadata ? { metadata: request.metadata } : {}),
    });
  } catch (err) {
    throw redactError(err, deps.redaction);
  }
  const call = redactForStorage(imported.call, deps.redaction);
  const scrub = (text: string) => redactFreeText(text, deps.redaction);
  const provenance = {
    ...imported.provenance,
    // Speaker labels can be caller numbers (telephony exports name participants by phone number).
    speakerMap: Object.fromEntries(Object.entries(imported.provenance.speakerMap).map(([label, role]) => [scrub(label), role])),
    agentIdentification: { ...imported.provenance.agentIdentification, detail: scrub(imported.provenance.agentIdentification.detail) },
    warnings: imported.provenance.warnings.map(scrub),
  };
  const source = scrub(request.source);
  const hash = contentHash(call);
  const writer = deps.writer ?? directCallWriter(deps.calls, deps.queue);
  const outcome = await writer.write({ call, contentHash: hash, source, provenance, receivedAt: deps.now() });
  if (outcome.created) return { status: 'created', callId: call.id };
  const stored = await deps.calls.getCall(call.id, ALL_DATA);
  return { status: outcome.existingHash === hash ? 'duplicate' : 'conflict', callId: call.id, ...(stored ? { stored } : {}) };
}
