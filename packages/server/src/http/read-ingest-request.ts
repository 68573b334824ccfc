import type { Context } from 'hono';
import type { IngestRequest } from '../pipeline/ingest-call.js';
import { ApiError } from './api-error.js';

export interface IngestParams {
  format?: string | undefined;
  agentSpeaker?: string | undefined;
  metadata?: string | undefined;
}

/**
 * The two accepted shapes of an ingest: the transcript as the raw body (any importer format) with `format`,
 * `agentSpeaker` and `metadata` as query parameters, or multipart/form-data with a `transcript` file and
 * the same names as form fields.
 */
export async function readIngestRequest(c: Context, params: IngestParams, source: string): Promise<IngestRequest> {
  const contentType = c.req.header('content-type') ?? '';
  if (contentType.startsWith('multipart/form-data')) return readMultipart(c, source);
  const input = new Uint8Array(await c.req.arrayBuffer());
  if (input.byteLength === 0) throw new ApiError('INVALID_INPUT', 'the request body is empty: send the transcript as the body, or as the `transcript` field of a multipart form');
  return build(input, source, params);
}

async function readMultipart(c: Context, source: string): Promise<IngestRequest> {
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch (err) {
    throw new ApiError('INVALID_INPUT', `the multipart body cannot be read: ${err instanceof Error ? err.message : String(err)}`);
  }
  const transcript = form.get('transcript');
  if (transcript === null) throw new ApiError('INVALID_INPUT', 'the multipart form has no `transcript` field: attach the transcript file under that name', [{ where: 'transcript', message: 'required' }]);
  const input = typeof transcript === 'string' ? transcript : new Uint8Array(await transcript.arrayBuffer());
  const name = typeof transcript === 'string' ? undefined : transcript.name;
  const field = (key: string) => {
    const value = form.get(key);
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  return build(input, name ? `${source}:${name}` : source, { format: field('format'), agentSpeaker: field('agentSpeaker'), metadata: field('metadata') });
}

function build(input: Uint8Array | string, source: string, params: IngestParams): IngestRequest {
  return {
    input,
    source,
    ...(params.format ? { format: params.format } : {}),
    ...(params.agentSpeaker ? { agentSpeaker: params.agentSpeaker } : {}),
    ...(params.metadata !== undefined ? { metadata: parseMetadata(params.metadata) } : {}),
  };
}

function parseMetadata(text: string): Record<string, unknown> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new ApiError('INVALID_INPUT', `metadata is not valid JSON: ${err instanceof Error ? err.message : String(err)}`, [{ where: 'metadata', message: 'expected a JSON object' }]);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ApiError('INVALID_INPUT', 'metadata must be a JSON object such as {"agent":{"id":"a-17"},"team":"care"}', [{ where: 'metadata', message: 'expected a JSON object' }]);
  }
  return parsed as Record<string, unknown>;
}
