import { ALL_DATA } from '@undertone/core';
import { ingestCall, type IngestDeps, type IngestRequest } from '../pipeline/ingest-call.js';
import { ApiError } from './api-error.js';
import { presentCallSummary, type CallSummaryJson } from './present-call.js';

export interface IngestResponse {
  status: 201 | 200;
  body: { status: 'created' | 'duplicate'; call: CallSummaryJson };
}

/** The shared tail of POST /calls and the webhook: ingest, then 201 new / 200 same payload / 409 different payload. */
export async function ingestAndPresent(deps: IngestDeps, request: IngestRequest): Promise<IngestResponse> {
  const outcome = await ingestCall(deps, request);
  const stored = outcome.stored ?? (await deps.calls.getCall(outcome.callId, ALL_DATA));
  if (outcome.status === 'conflict') {
    throw new ApiError(
      'CONFLICT',
      `call id "${outcome.callId}" is already stored with different content${stored ? ` (from ${stored.source})` : ''}: give this call a new id, or send the stored payload unchanged`,
    );
  }
  if (!stored) throw new Error(`call "${outcome.callId}" was ingested but cannot be read back`);
  return { status: outcome.status === 'created' ? 201 : 200, body: { status: outcome.status, call: presentCallSummary(stored) } };
}
