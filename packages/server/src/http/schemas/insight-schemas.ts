import { z } from '@hono/zod-openapi';

export const facetsSchema = z
  .object({
    teams: z.array(z.string()),
    queues: z.array(z.string()),
    callTypes: z.array(z.string()),
    arcPatterns: z.array(z.string()),
    flagKinds: z.array(z.string()),
    agents: z.array(z.object({ id: z.string(), name: z.string().nullable(), team: z.string().nullable() })),
  })
  .openapi('Facets', { description: 'distinct values for filter dropdowns, each sorted (agents by name, then id)' });

export const agentInsightsSchema = z
  .object({
    agentId: z.string(),
    name: z.string().nullable(),
    team: z.string().nullable(),
    window: z
      .object({ from: z.string(), to: z.string(), weeks: z.number().int() })
      .nullable()
      .openapi({ description: "the whole ISO weeks covered, ending with the week of the agent's latest call; null when the agent has no calls" }),
    weekly: z.array(
      z.object({
        weekStart: z.string().openapi({ description: 'the Monday of the week (UTC), YYYY-MM-DD' }),
        calls: z.number().int(),
        averageScore: z.number().nullable(),
        averageCustomerExit: z.number().nullable(),
      }),
    ),
    dropPrecursors: z
      .array(z.object({ behavior: z.string(), count: z.number().int(), share: z.number() }))
      .openapi({ description: "agent behaviors that preceded the agent's customer sentiment drops, most frequent first; share = count / customerDrops" }),
    criteria: z
      .array(
        z.object({
          rubricId: z.string(),
          criterionId: z.string(),
          label: z.string(),
          evaluated: z.number().int(),
          passed: z.number().int(),
          passRate: z.number().nullable(),
        }),
      )
      .openapi({ description: 'criterion pass rates over judged results (N/A excluded), weakest first' }),
    customerDrops: z.number().int(),
  })
  .openapi('AgentInsights');

export const stageDropsSchema = z
  .object({
    stages: z.array(z.string()).openapi({ description: 'stages with drops, in call order' }),
    agents: z.array(z.object({ id: z.string(), name: z.string().nullable(), team: z.string().nullable(), calls: z.number().int() })),
    cells: z.array(z.object({ agentId: z.string(), stage: z.string(), drops: z.number().int(), calls: z.number().int(), rate: z.number() })),
    stageTotals: z.array(
      z.object({
        stage: z.string(),
        drops: z.number().int(),
        agentsWithDrops: z.number().int(),
        rate: z.number(),
        agentShare: z.number().openapi({ description: 'agentsWithDrops / agents: near 1 is a training problem, a lone agent a coaching one' }),
      }),
    ),
  })
  .openapi('StageDrops');

export const weeksQuerySchema = z.object({
  weeks: z
    .string()
    .regex(/^\d+$/, 'weeks must be a whole number from 1 to 104')
    .transform(Number)
    .pipe(z.number().int().min(1, 'weeks must be at least 1').max(104, 'weeks must be at most 104'))
    .optional()
    .openapi({ param: { name: 'weeks', in: 'query' }, type: 'integer', description: 'weeks back from the agent latest call (default 12)' }),
});
