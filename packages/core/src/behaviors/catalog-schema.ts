import { z } from 'zod';

/**
 * The behavior catalog: everything a QA team tunes without touching code.
 * Phrase entries detect by patterns; the built-in detectors (interruption, dead air, hold,
 * policy before acknowledgment) read their thresholds and phrase lists from their entry.
 */

export const DETECTORS = ['phrase', 'interruption', 'dead_air', 'hold_without_permission', 'policy_before_acknowledgment'] as const;

const idSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lowercase letters, digits and underscores, starting with a letter');

export const guardSchema = z.object({
  /** A pattern that, when found near the match, cancels it ("policy number" is not policy citing). */
  pattern: z.string().min(1),
  /** Words either side of the match to look in; omit to look at the whole utterance. 0 means overlapping only. */
  window: z.number().int().nonnegative().optional(),
});

export const behaviorEntrySchema = z.object({
  id: idSchema,
  kind: z.enum(['behavior', 'signal']),
  speaker: z.enum(['agent', 'customer']),
  description: z.string().min(1),
  detector: z.enum(DETECTORS).default('phrase'),
  /** Phrase patterns; for policy_before_acknowledgment the policy-citing phrases. */
  patterns: z.array(z.string().min(1)).default([]),
  guards: z.array(guardSchema).default([]),
  /** Ids whose detection overlapping this one's span in the same utterance cancels it. */
  suppressedBy: z.array(idSchema).default([]),
  /** Timing thresholds for the built-in detectors (minOverlapMs, minSilenceMs). */
  params: z.record(z.string(), z.number().finite().nonnegative()).default({}),
  /** interruption: utterances that are only a backchannel ("mhm", "okay") and never count. */
  ignore: z.array(z.string().min(1)).default([]),
  /** hold_without_permission: phrases that ask for or announce a hold. */
  announcements: z.array(z.string().min(1)).default([]),
  /** policy_before_acknowledgment: the customer signals that open the window, and the behaviors that count as acknowledging. */
  after: z.array(idSchema).default([]),
  acknowledgedBy: z.array(idSchema).default([]),
  examples: z.object({ positive: z.array(z.string()).default([]), negative: z.array(z.string()).default([]) }).default({ positive: [], negative: [] }),
});

export const behaviorCatalogSchema = z.object({
  /** Named phrase families referenced from patterns as {name}. */
  families: z.record(idSchema, z.array(z.string().min(1)).min(1)).default({}),
  entries: z.array(behaviorEntrySchema),
});

export type BehaviorEntry = z.infer<typeof behaviorEntrySchema>;
export type BehaviorEntryInput = z.input<typeof behaviorEntrySchema>;
export type BehaviorCatalog = z.infer<typeof behaviorCatalogSchema>;
export type BehaviorCatalogInput = z.input<typeof behaviorCatalogSchema>;
export type Detector = (typeof DETECTORS)[number];
