import { z } from 'zod';
import { compileCue } from './cue-matcher.js';

/**
 * Stage configuration: which stages are in play for a call type and the cue phrases that signal
 * each one. QA teams supply their own as YAML or JSON (see parseStageConfig); the built-ins live
 * in built-in-stage-configs.ts.
 */

const stageIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'stage ids are lowercase snake_case, e.g. "payment_arrangement"');

const cueSchema = z
  .string()
  .min(1, 'a cue phrase must not be empty')
  .refine((cue) => compileCue(cue) !== null, 'a cue phrase needs at least one letter or digit besides "*"');

export const stageDefinitionSchema = z.strictObject({
  id: stageIdSchema,
  /** Phrases (from either speaker) that signal this stage. */
  cues: z.array(cueSchema).min(1, 'list at least one cue phrase'),
  /** Position prior: cues near this end of the call count more, cues far from it count less. */
  position: z.enum(['start', 'end']).optional(),
  /**
   * `until-next-cue`: the stage lasts until another stage's cue (discovery, pricing...).
   * `while-cued`: an interlude (hold, transfer, opening) that ends `holdover` utterances after its
   * last cue, or right after an `exitCues` phrase, and gives way to the stage that came before it.
   * `brief`: a passing topic (pricing) that ends the same way, but leaving it costs a full switch, so
   * one stray cue (a customer quoting an amount) is absorbed instead of opening it.
   */
  persistence: z.enum(['until-next-cue', 'while-cued', 'brief']).default('until-next-cue'),
  holdover: z.number().int().nonnegative().default(1),
  /**
   * Stages whose cues also count for staying in this one once it has begun: an objection is about a
   * price, so the price talk of the rebuttal continues the objection instead of reopening pricing.
   */
  absorbs: z.array(stageIdSchema).default([]),
  /** Phrases that close a `while-cued` or `brief` stage (e.g. "thanks for holding"); they also count as cues. */
  exitCues: z.array(cueSchema).default([]),
});
export type StageDefinition = z.output<typeof stageDefinitionSchema>;

export const stageConfigSchema = z
  .strictObject({
    stages: z.array(stageDefinitionSchema).min(1, 'list at least one stage'),
    /** Stage an expired `while-cued` or `brief` stage falls back to when nothing came before it. */
    fallbackStage: stageIdSchema.optional(),
    /** Cost of changing stage, in cue matches: the smoothing that stops one stray cue flipping the stage. */
    switchPenalty: z.number().positive().max(10).default(0.75),
    /** Share of call time (from the start / to the end) where `position` priors apply. */
    startWindow: z.number().gt(0).max(1).default(0.15),
    endWindow: z.number().gt(0).max(1).default(0.2),
    /** Multiplier for positioned cues inside / outside their window. */
    positionBoost: z.number().min(1).default(1.5),
    positionPenalty: z.number().positive().max(1).default(0.5),
  })
  .superRefine((config, ctx) => {
    const seen = new Set<string>();
    config.stages.forEach((stage, i) => {
      if (seen.has(stage.id)) {
        ctx.addIssue({ code: 'custom', path: ['stages', i, 'id'], message: `stage "${stage.id}" is listed twice; merge the two entries` });
      }
      seen.add(stage.id);
    });
    config.stages.forEach((stage, i) => {
      stage.absorbs.forEach((absorbed, k) => {
        if (absorbed === stage.id || !seen.has(absorbed)) {
          ctx.addIssue({
            code: 'custom',
            path: ['stages', i, 'absorbs', k],
            message: absorbed === stage.id ? `stage "${stage.id}" can not absorb itself` : `"${absorbed}" is not one of this config's stages (${[...seen].join(', ')})`,
          });
        }
      });
    });
    if (config.fallbackStage !== undefined && !seen.has(config.fallbackStage)) {
      ctx.addIssue({
        code: 'custom',
        path: ['fallbackStage'],
        message: `fallbackStage "${config.fallbackStage}" is not one of this config's stages (${[...seen].join(', ')})`,
      });
    }
  });
export type StageConfig = z.output<typeof stageConfigSchema>;
export type StageConfigInput = z.input<typeof stageConfigSchema>;

const callTypeKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'call types are lowercase snake_case, e.g. "collections" or "default"');

/**
 * Configs keyed by call type. `default` applies to calls whose type is missing or not listed.
 * A user-supplied set overrides the built-ins per call type (see resolveStageConfig).
 */
export const stageConfigSetSchema = z.strictObject({
  callTypes: z.record(callTypeKeySchema, stageConfigSchema),
});
export type StageConfigSet = z.output<typeof stageConfigSetSchema>;
export type StageConfigSetInput = z.input<typeof stageConfigSetSchema>;
