import type { RedactionConfig } from '../config/config-schema.js';
import type { NewCall } from '../storage/call-store.js';
import { contentHash } from './content-hash.js';
import type { IngestRequest } from './ingest-call.js';
import { redactError, redactForStorage, redactFreeText } from './redact-for-storage.js';
import type { ImportStep } from './steps.js';

/** A call as ingest stores it: imported, redacted, hashed; everything but the time it was received. */
export type PreparedCall = Omit<NewCall, 'receivedAt'>;

/**
 * Where ingest's CPU work (import, redaction, content hash) runs: the platform's analysis threads when it has them,
 * so the thread that talks to the database does only that. Rejects as `prepareForStorage` throws.
 */
export type PrepareCallStep = (request: IngestRequest, redaction: RedactionConfig | undefined) => Promise<PreparedCall>;

/**
 * Imports and redacts one call before anything is written: the stored call, its utterance rows, its source and the
 * content hash all come from the redacted call (a hash of the raw call would let anyone holding the database test
 * guesses of a card number against it). Import errors (UndertoneError) are thrown with their message, issues and
 * source redacted.
 */
export function prepareForStorage(importTranscript: ImportStep, request: IngestRequest, redaction: RedactionConfig | undefined): PreparedCall {
  let imported: ReturnType<ImportStep>;
  try {
    imported = importTranscript(request.input, {
      source: request.source,
      ...(request.format ? { format: request.format } : {}),
      ...(request.agentSpeaker ? { agentSpeaker: request.agentSpeaker } : {}),
      ...(request.metadata ? { metadata: request.metadata } : {}),
    });
  } catch (err) {
    throw redactError(err, redaction);
  }
  const call = redactForStorage(imported.call, redaction);
  const scrub = (text: string) => redactFreeText(text, redaction);
  const provenance = {
    ...imported.provenance,
    // Speaker labels can be caller numbers (telephony exports name participants by phone number).
    speakerMap: Object.fromEntries(Object.entries(imported.provenance.speakerMap).map(([label, role]) => [scrub(label), role])),
    agentIdentification: { ...imported.provenance.agentIdentification, detail: scrub(imported.provenance.agentIdentification.detail) },
    warnings: imported.provenance.warnings.map(scrub),
  };
  return { call, contentHash: contentHash(call), source: scrub(request.source), provenance };
}
