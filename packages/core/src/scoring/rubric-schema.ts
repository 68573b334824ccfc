import { z } from 'zod';

/**
 * The rubric file format (YAML or JSON). Field names are a public contract: rubric files live in customers' repos.
 * Ids are checked against the catalog after the shape is valid (see validate-rubric.ts), so every problem is listed at once.
 */
const id = z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'use lowercase letters, digits, "_" or "-"');
const positiveWeight = z.number().finite().positive('weights must be positive numbers');
const share = z.number().finite().min(0).max(1);

export const naRuleSchema = z
  .object({
    when: z
      .object({
        stageAbsent: z.string().optional(),
        stagePresent: z.string().optional(),
        signalAbsent: z.string().optional(),
        signalPresent: z.string().optional(),
      })
      .strict()
      .refine((w) => Object.keys(w).length > 0, 'name at least one of stageAbsent, stagePresent, signalAbsent, signalPresent'),
  })
  .strict();
export type NaRule = z.infer<typeof naRuleSchema>;

const common = {
  id,
  label: z.string().min(1),
  weight: positiveWeight,
  description: z.string().optional(),
  anchors: z.object({ good: z.string(), poor: z.string() }).strict().optional(),
  na: naRuleSchema.optional(),
  autoFail: z.boolean().optional(),
  compliance: z.boolean().optional(),
};

const behaviorPresent = z
  .object({
    ...common,
    kind: z.literal('behavior_present'),
    behavior: z.string(),
    minCount: z.number().int().positive().optional(),
    stage: z.string().optional(),
  })
  .strict();

const behaviorAbsent = z
  .object({
    ...common,
    kind: z.literal('behavior_absent'),
    behavior: z.string(),
    /** Allowed occurrences before the criterion fails (default 0). */
    maxCount: z.number().int().nonnegative().optional(),
  })
  .strict();

const sentiment = z
  .object({
    ...common,
    kind: z.literal('sentiment'),
    /** e.g. `customer.exit >= 0.2`, `customer.recovery.achieved`, `customer.trend in [improving, slightly_improving]`. */
    check: z.string().min(1),
  })
  .strict();

export const CHARACTERISTIC_METRICS = [
  'agent_talk_share',
  'customer_talk_share',
  'max_dead_air_ms',
  'non_talk_share',
  'agent_interruptions',
  'agent_words_per_minute',
] as const;

const characteristic = z
  .object({
    ...common,
    kind: z.literal('characteristic'),
    metric: z.enum(CHARACTERISTIC_METRICS),
    min: z.number().finite().optional(),
    max: z.number().finite().optional(),
  })
  .strict()
  .refine((c) => c.min !== undefined || c.max !== undefined, 'give min, max or both')
  .refine((c) => c.min === undefined || c.max === undefined || c.min <= c.max, 'min must not exceed max');

const script = z
  .object({
    ...common,
    kind: z.literal('script'),
    text: z.string().min(1),
    threshold: share.optional(),
    stage: z.string().optional(),
    withinFirstMs: z.number().int().positive().optional(),
  })
  .strict();

const intent = z
  .object({
    ...common,
    kind: z.literal('intent'),
    phrases: z.array(z.string().min(1)).min(1),
    threshold: share.optional(),
    speaker: z.enum(['agent', 'customer']).optional(),
    stage: z.string().optional(),
  })
  .strict();

const LEAF_KINDS = [behaviorPresent, behaviorAbsent, sentiment, characteristic, script, intent] as const;
export const CRITERION_KINDS = ['behavior_present', 'behavior_absent', 'sentiment', 'characteristic', 'script', 'intent', 'composite'] as const;
const unknownKind = { error: `kind must be one of ${CRITERION_KINDS.join(', ')}` };

export const leafCriterionSchema = z.discriminatedUnion('kind', [...LEAF_KINDS], unknownKind);
export type LeafCriterion = z.infer<typeof leafCriterionSchema>;

/** A criterion made of weighted sub-criteria; it passes when every applicable sub-criterion passes. */
const composite = z
  .object({ ...common, kind: z.literal('composite'), subCriteria: z.array(leafCriterionSchema).min(1) })
  .strict();

export const criterionSchema = z.discriminatedUnion('kind', [...LEAF_KINDS, composite], unknownKind);
export type Criterion = z.infer<typeof criterionSchema>;
export type CompositeCriterion = z.infer<typeof composite>;
export type CriterionKind = Criterion['kind'];

export const sectionSchema = z
  .object({ id, name: z.string().min(1), weight: positiveWeight, criteria: z.array(criterionSchema).min(1) })
  .strict();
export type RubricSection = z.infer<typeof sectionSchema>;

export const rubricSchema = z
  .object({
    id,
    version: z.number().int().positive(),
    name: z.string().min(1),
    callTypes: z.array(z.string().min(1)).min(1),
    passThreshold: z.number().finite().min(0).max(100).optional(),
    sections: z.array(sectionSchema).min(1),
  })
  .strict();
export type Rubric = z.infer<typeof rubricSchema>;
