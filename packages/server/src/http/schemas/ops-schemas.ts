import { z } from '@hono/zod-openapi';

export const deadLetterSchema = z
  .object({ callId: z.string(), engineVersion: z.string(), attempts: z.number().int(), lastError: z.string(), dead: z.boolean(), updatedAt: z.string() })
  .openapi('DeadLetter');

export const deadLetterListSchema = z.object({ items: z.array(deadLetterSchema) }).openapi('DeadLetterList');

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    database: z.object({ kind: z.string(), reachable: z.boolean() }),
    queue: z.object({ running: z.boolean(), unfinishedJobs: z.number().int().nullable() }),
  })
  .openapi('Health');

export const agentSchema = z
  .object({ id: z.string(), name: z.string().nullable(), team: z.string().nullable(), callCount: z.number().int(), averageScore: z.number().nullable(), lastCallAt: z.string().nullable() })
  .openapi('Agent');

export const agentListSchema = z.object({ items: z.array(agentSchema) }).openapi('AgentList');
