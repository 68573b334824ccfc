import { z } from 'zod';

/**
 * The normalized call: every importer produces one, every analysis consumes one.
 * Field names are a public contract (files on disk, the HTTP API, external tools): do not rename.
 */

export const SPEAKERS = ['agent', 'customer', 'other'] as const;
export const speakerSchema = z.enum(SPEAKERS);
export type Speaker = z.infer<typeof speakerSchema>;

const nonNegativeMs = z.number().finite().nonnegative();

export const wordSchema = z.object({
  text: z.string(),
  startMs: nonNegativeMs,
  endMs: nonNegativeMs,
});
export type Word = z.infer<typeof wordSchema>;

/** A stretch of the utterance replaced by a placeholder at ingest (`[CARD]`, `[SSN]`, ...) and when it was said. */
export const utteranceRedactionSchema = z.object({
  category: z.enum(['card', 'cvv', 'expiry', 'ssn', 'bank_account', 'routing', 'email', 'phone', 'address', 'dob']),
  startMs: nonNegativeMs,
  endMs: nonNegativeMs,
});
export type UtteranceRedaction = z.infer<typeof utteranceRedactionSchema>;

export const utteranceSchema = z.object({
  speaker: speakerSchema,
  startMs: nonNegativeMs,
  endMs: nonNegativeMs,
  text: z.string(),
  words: z.array(wordSchema).optional(),
  channel: z.union([z.string(), z.number()]).optional(),
  /** Set by redaction at ingest; absent when nothing was redacted. */
  redactions: z.array(utteranceRedactionSchema).optional(),
});
export type Utterance = z.infer<typeof utteranceSchema>;

export const outcomeSchema = z.object({
  resolved: z.boolean().optional(),
  escalated: z.boolean().optional(),
  transferred: z.boolean().optional(),
  csat: z.number().int().min(1).max(5).optional(),
  churned: z.boolean().optional(),
});
export type Outcome = z.infer<typeof outcomeSchema>;

/** How the importer decided which speaker is the agent. Recorded so a reviewer can trust or correct it. */
export const agentIdentificationSchema = z.object({
  method: z.enum(['native', 'role-data', 'agent-speaker-option', 'heuristic']),
  detail: z.string(),
});
export type AgentIdentification = z.infer<typeof agentIdentificationSchema>;

export const callSchema = z.object({
  id: z.string().min(1),
  agent: z.object({ id: z.string().min(1), name: z.string().optional() }),
  team: z.string().optional(),
  queue: z.string().optional(),
  callType: z.string().optional(),
  direction: z.enum(['inbound', 'outbound']).optional(),
  startedAt: z.iso.datetime({ offset: true }).optional(),
  durationMs: nonNegativeMs.optional(),
  outcome: outcomeSchema.optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
  utterances: z.array(utteranceSchema).min(1),
});
export type Call = z.infer<typeof callSchema>;

/** Import provenance, kept beside (not inside) the call so the native format stays exactly as documented. */
export interface ImportProvenance {
  format: string;
  agentIdentification: AgentIdentification;
  /** Original speaker labels in the source and the role each was mapped to. */
  speakerMap: Record<string, Speaker>;
  warnings: string[];
}
