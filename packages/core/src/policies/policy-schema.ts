import { z } from 'zod';
import { kudosConfigSchema, outcomeConfigSchema, rateLimitConfigSchema } from '../coaching/coaching-config.js';
import { conditionSchema, type ResolvedCondition } from './condition.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, "_" or "-"');
export const FLAG_KINDS = ['coaching', 'quality', 'compliance', 'keyword', 'kudos'] as const;

const callPolicySchema = z
  .object({
    id,
    kind: z.enum(FLAG_KINDS),
    /** Human name shown in the flag reason, e.g. "addressable friction". */
    label: z.string().min(1).optional(),
    when: conditionSchema,
  })
  .strict();

const keywordAlertSchema = z
  .object({
    id,
    kind: z.enum(FLAG_KINDS).default('keyword'),
    speaker: z.enum(['agent', 'customer', 'any']).default('any'),
    phrases: z.array(z.string().min(1)).min(1),
  })
  .strict();

const patternsSchema = z
  .object({
    consecutiveBelow: z
      .object({
        /** How many consecutive applicable calls must be below threshold. */
        count: z.number().int().min(2).default(3),
        /** Criterion score (0-100) below which a call counts; omitted means "the criterion failed". */
        belowScore: z.number().min(0).max(100).optional(),
        /** Criterion ids to watch; omitted means every criterion. */
        criteria: z.array(z.string().min(1)).optional(),
      })
      .strict()
      .default({ count: 3 }),
    stageSentimentDrops: z
      .object({
        minCalls: z.number().int().min(2).default(3),
        windowDays: z.number().positive().default(14),
        minMagnitude: z.number().min(0).max(2).default(0.2),
        speaker: z.enum(['customer', 'agent']).default('customer'),
      })
      .strict()
      .default({ minCalls: 3, windowDays: 14, minMagnitude: 0.2, speaker: 'customer' }),
    recurring: z
      .object({ minOccurrences: z.number().int().min(2).default(3), windowDays: z.number().positive().default(30) })
      .strict()
      .default({ minOccurrences: 3, windowDays: 30 }),
  })
  .strict();

export const policiesFileSchema = z
  .object({
    version: z.literal(1).default(1),
    policies: z.array(callPolicySchema).default([]),
    keywords: z.array(keywordAlertSchema).default([]),
    patterns: patternsSchema.default(patternsSchema.parse({})),
    coaching: rateLimitConfigSchema.default(rateLimitConfigSchema.parse({})),
    kudos: kudosConfigSchema.default(kudosConfigSchema.parse({})),
    outcomes: outcomeConfigSchema.default(outcomeConfigSchema.parse({})),
  })
  .strict();

export type PoliciesFile = z.infer<typeof policiesFileSchema>;
export type KeywordAlert = PoliciesFile['keywords'][number];
export type PatternConfig = PoliciesFile['patterns'];

/** Policies after parsing: every condition resolved to the structured form and checked against the field registry. */
export interface CallPolicy { id: string; kind: (typeof FLAG_KINDS)[number]; label?: string; when: ResolvedCondition }
export interface Policies extends Omit<PoliciesFile, 'policies'> {
  policies: CallPolicy[];
}
