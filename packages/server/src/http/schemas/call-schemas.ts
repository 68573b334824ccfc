import { z } from '@hono/zod-openapi';
import { CALL_SORTS } from '../../storage/call-sort.js';

export const callSummarySchema = z
  .object({
    id: z.string(),
    agentId: z.string(),
    agentName: z.string().nullable(),
    team: z.string().nullable(),
    queue: z.string().nullable(),
    callType: z.string().nullable(),
    startedAt: z.string().openapi({ format: 'date-time' }),
    durationMs: z.number().nullable(),
    overallScore: z.number().nullable(),
    autoFailed: z.boolean().nullable().openapi({ description: 'whether the primary scorecard auto-failed; null until analyzed' }),
    customerExit: z.number().nullable().openapi({ description: "the customer's exit sentiment (-1 to 1) from the latest analysis; null until analyzed or when the customer said nothing" }),
    arcPattern: z.string().nullable(),
    flagKinds: z.array(z.string()),
    analysisStatus: z.enum(['pending', 'analyzed']),
    source: z.string(),
    ingestedAt: z.string().openapi({ format: 'date-time' }),
  })
  .openapi('CallSummary');

export const callDetailSchema = callSummarySchema
  .extend({
    call: z.record(z.string(), z.unknown()).openapi({ description: 'the normalized call (Undertone call JSON)' }),
    analysis: z
      .object({ engineVersion: z.string(), analyzedAt: z.string(), result: z.record(z.string(), z.unknown()) })
      .nullable()
      .openapi({ description: 'the latest analysis; null while analysisStatus is pending' }),
  })
  .openapi('CallDetail');

export const callPageSchema = z
  .object({
    items: z.array(callSummarySchema),
    nextCursor: z.string().optional(),
    count: z.number().int().openapi({ description: 'items on this page' }),
    total: z.number().int().openapi({ description: 'calls matching the filters, across all pages' }),
  })
  .openapi('CallPage');

const number = (name: string) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, `${name} must be a number`)
    .transform(Number)
    .optional()
    .openapi({ param: { name, in: 'query' }, type: 'number' });
const dateTime = (name: string) =>
  z.iso
    .datetime({ offset: true, message: `${name} must be an ISO 8601 date-time such as 2026-11-01T00:00:00Z` })
    .optional()
    .openapi({ param: { name, in: 'query' } });
const text = (name: string) => z.string().min(1).optional().openapi({ param: { name, in: 'query' } });

export const pageQuerySchema = z.object({
  limit: z
    .string()
    .regex(/^\d+$/, 'limit must be a whole number from 1 to 500')
    .transform(Number)
    .pipe(z.number().int().min(1, 'limit must be at least 1').max(500, 'limit must be at most 500'))
    .optional()
    .openapi({ param: { name: 'limit', in: 'query' }, type: 'integer' }),
  cursor: text('cursor'),
});

export const callFilterQuerySchema = pageQuerySchema.extend({
  sort: z
    .enum(CALL_SORTS, { message: `sort must be one of ${CALL_SORTS.join(', ')}` })
    .optional()
    .openapi({ param: { name: 'sort', in: 'query' }, description: 'order of the list (default -startedAt, newest first); a leading - is descending; calls without the value come last; ties by id' }),
  agent: text('agent'),
  team: text('team'),
  queue: text('queue'),
  callType: text('callType'),
  from: dateTime('from'),
  to: dateTime('to'),
  flag: text('flag'),
  minScore: number('minScore'),
  maxScore: number('maxScore'),
  arc: text('arc'),
});

export const idParamSchema = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' } }) });

export const ingestQuerySchema = z.object({
  format: text('format').openapi({ description: 'force a transcript format instead of detecting it' }),
  agentSpeaker: text('agentSpeaker').openapi({ description: 'the source speaker label that is the agent' }),
  metadata: text('metadata').openapi({ description: 'JSON object of call facts (agent, team, queue, callType, startedAt, ...) that fill what the transcript lacks' }),
});

export const ingestResultSchema = z
  .object({ status: z.enum(['created', 'duplicate']), call: callSummarySchema })
  .openapi('IngestResult');
