import { z } from 'zod';

export const attributionConfigSchema = z.strictObject({
  /** Agent turns that start at most this long before the shift count as preceding it. */
  windowMs: z.number().int().nonnegative().default(30_000),
  /** Also count the last agent turn before the shift's utterance, however long ago it started. */
  includeRespondedTurn: z.boolean().default(true),
  /** Keep at most this many behaviors per inflection, best-ranked first. */
  maxPreceding: z.number().int().positive().default(5),
});
export type AttributionConfig = z.output<typeof attributionConfigSchema>;

export const DEFAULT_ATTRIBUTION_CONFIG: AttributionConfig = Object.freeze(attributionConfigSchema.parse({}));
