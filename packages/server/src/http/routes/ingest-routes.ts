import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiDeps } from '../api-deps.js';
import { ApiError } from '../api-error.js';
import { ingestAndPresent } from '../ingest-and-present.js';
import { readIngestRequest } from '../read-ingest-request.js';
import { ingestQuerySchema, ingestResultSchema } from '../schemas/call-schemas.js';
import { errorResponses } from '../schemas/error-schema.js';
import { MAX_AGE_SECONDS, SIGNATURE_HEADER, TIMESTAMP_HEADER, verifyWebhookSignature } from '../webhook-signature.js';

const transcriptBody = {
  required: true,
  description: 'the transcript in any supported format (Undertone call JSON, vendor JSON, WebVTT, SRT, plain text), or multipart/form-data with a `transcript` file and optional `metadata`, `format`, `agentSpeaker` fields',
  content: {
    'application/json': { schema: z.record(z.string(), z.unknown()) },
    'text/plain': { schema: z.string() },
    'text/vtt': { schema: z.string() },
    'application/x-subrip': { schema: z.string() },
    'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
    'multipart/form-data': {
      schema: z.object({ transcript: z.string().openapi({ format: 'binary' }), metadata: z.string().optional(), format: z.string().optional(), agentSpeaker: z.string().optional() }),
    },
  },
};

const ingestResponses = {
  201: { description: 'a new call was stored and its analysis queued', content: { 'application/json': { schema: ingestResultSchema } } },
  200: { description: 'the same payload was already stored under this call id; nothing changed', content: { 'application/json': { schema: ingestResultSchema } } },
};

export const ingestRoute = createRoute({
  method: 'post',
  path: '/api/v1/calls',
  tags: ['calls'],
  summary: 'Ingest one call (idempotent on the call id)',
  request: { query: ingestQuerySchema, body: transcriptBody },
  responses: { ...ingestResponses, ...errorResponses(400, 409, 413, 422) },
});

export const webhookRoute = createRoute({
  method: 'post',
  path: '/api/v1/webhooks/{source}',
  tags: ['webhooks'],
  summary: `Signed ingest for telephony systems: HMAC-SHA256 over "<timestamp>.<raw body>", at most ${MAX_AGE_SECONDS} s old`,
  request: {
    params: z.object({ source: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/).openapi({ param: { name: 'source', in: 'path' }, example: 'genesys' }) }),
    query: ingestQuerySchema,
    headers: z.object({
      [TIMESTAMP_HEADER]: z.string().openapi({ description: 'unix seconds when the request was signed' }),
      [SIGNATURE_HEADER]: z.string().openapi({ description: 'sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">' }),
    }),
    body: transcriptBody,
  },
  responses: { ...ingestResponses, ...errorResponses(400, 401, 409, 413, 422) },
});

const SOURCE_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Registered in the document from the zod routes, but handled on plain routes: the body is read raw
 * (any format, and the exact bytes the webhook signature covers), never parsed by a validator first.
 */
export function registerIngestRoutes(app: OpenAPIHono, deps: ApiDeps): void {
  app.openAPIRegistry.registerPath(ingestRoute);
  app.openAPIRegistry.registerPath(webhookRoute);
  const ingestDeps = {
    calls: deps.calls,
    queue: deps.queue,
    importTranscript: deps.importTranscript,
    now: deps.now,
    ...(deps.redaction ? { redaction: deps.redaction } : {}),
    ...(deps.callWriter ? { writer: deps.callWriter } : {}),
    ...(deps.prepareCall ? { prepareCall: deps.prepareCall } : {}),
  };

  app.post('/api/v1/calls', async (c) => {
    const request = await readIngestRequest(c, c.req.query(), 'api');
    const { status, body } = await ingestAndPresent(ingestDeps, request);
    return c.json(body, status);
  });

  app.post('/api/v1/webhooks/:source', async (c) => {
    const source = c.req.param('source');
    if (!SOURCE_PATTERN.test(source)) throw new ApiError('INVALID_INPUT', `webhook source "${source.slice(0, 64)}" must be lower-case letters, digits and dashes (e.g. genesys, amazon-connect)`);
    // Verify over the exact bytes received, then ingest those same bytes (cached by Hono, so read once).
    const rawBody = new Uint8Array(await c.req.raw.clone().arrayBuffer());
    const check = verifyWebhookSignature({
      secrets: deps.webhookSecrets,
      timestamp: c.req.header(TIMESTAMP_HEADER),
      signature: c.req.header(SIGNATURE_HEADER),
      rawBody,
      now: deps.now(),
    });
    if (!check.ok) throw new ApiError('UNAUTHORIZED', `webhook rejected: ${check.reason}`);
    const request = await readIngestRequest(c, c.req.query(), `webhook:${source}`);
    const { status, body } = await ingestAndPresent(ingestDeps, request);
    return c.json(body, status);
  });
}
