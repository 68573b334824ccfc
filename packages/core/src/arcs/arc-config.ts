import { z } from 'zod';
import { UndertoneError } from '../errors.js';

/**
 * Every threshold the sentiment-arc analysis uses, in one place. Scores are on the model's [-1, 1]
 * scale throughout; "points" (as in "a 20-point drop") means the 0-100 scale, where 1 point = 0.02.
 * docs/sentiment-arcs.md explains each number and why it is the default.
 */
export const DEFAULT_ARC_CONFIG = {
  smoothing: {
    /** Half-width of the triangular time kernel: utterances within ±30 s of each other are averaged, nearer ones count more. */
    halfWindowMs: 30_000,
    /** Each utterance weighs its duration, but never less than this, so a one-word "okay" still counts. */
    minWeightMs: 1_000,
    /** ...and never more than this, so one long monologue does not flatten everything around it. */
    maxWeightMs: 30_000,
  },
  /** Entry sentiment: mean of the speaker's utterances starting in the first 90 s of the call. */
  entryWindowMs: 90_000,
  /** Exit sentiment and the late-drop check look at the final third of the call. */
  exitFraction: 1 / 3,
  trend: {
    /** |delta| below this is `no_change`; from here up it is `slightly_improving` / `slightly_declining`. */
    slight: 0.1,
    /** |delta| from this up is `improving` / `declining`. */
    strong: 0.3,
  },
  inflection: {
    /** A change point needs the smoothed arc to move at least this far (0.3 = 15 points) between turning points. */
    minMagnitude: 0.3,
    /** A shift must be carried by at least this many consecutive utterances; shorter excursions are noise. */
    minPersistenceUtterances: 2,
    /** The shift "starts" at the first utterance that has covered this fraction of the move. */
    onsetFraction: 0.25,
  },
  finalThirdDrop: {
    /** Flag when the smoothed arc falls more than this within the final third: 0.4 = 20 points. */
    minDrop: 0.4,
  },
  recovery: {
    /** The speaker must have fallen below this score... */
    troughBelow: -0.3,
    /** ...and ended at least this far above the lowest point. */
    margin: 0.3,
  },
  pattern: {
    /** This many or more significant moves (each at least inflection.minMagnitude) make an arc `volatile`. */
    volatileMinMoves: 3,
  },
} as const;

const unitScore = z.number().min(0).max(2);
const positiveMs = z.number().finite().positive();

export const arcConfigSchema = z
  .object({
    smoothing: z.object({ halfWindowMs: positiveMs, minWeightMs: positiveMs, maxWeightMs: positiveMs }),
    entryWindowMs: positiveMs,
    exitFraction: z.number().gt(0).lt(1),
    trend: z.object({ slight: unitScore, strong: unitScore }),
    inflection: z.object({
      minMagnitude: z.number().gt(0).max(2),
      minPersistenceUtterances: z.number().int().min(1).max(50),
      onsetFraction: z.number().gt(0).max(1),
    }),
    finalThirdDrop: z.object({ minDrop: z.number().gt(0).max(2) }),
    recovery: z.object({ troughBelow: z.number().min(-1).max(1), margin: unitScore }),
    pattern: z.object({ volatileMinMoves: z.number().int().min(2) }),
  })
  .refine((c) => c.trend.slight <= c.trend.strong, { message: 'trend.slight must not exceed trend.strong', path: ['trend', 'slight'] })
  .refine((c) => c.smoothing.minWeightMs <= c.smoothing.maxWeightMs, {
    message: 'smoothing.minWeightMs must not exceed smoothing.maxWeightMs',
    path: ['smoothing', 'minWeightMs'],
  });

export type ArcConfig = z.infer<typeof arcConfigSchema>;

/** Any subset of the config; sections may themselves be partial. */
export type ArcConfigOverrides = { [K in keyof ArcConfig]?: ArcConfig[K] extends object ? Partial<ArcConfig[K]> : ArcConfig[K] };

/** The defaults, validated once: most calls pass no overrides. */
let resolvedDefaults: ArcConfig | undefined;

/**
 * Merges overrides onto the defaults and validates the result; every invalid field is reported.
 * Without overrides it returns one shared, frozen config.
 */
export function resolveArcConfig(overrides: ArcConfigOverrides = {}): ArcConfig {
  if (Object.keys(overrides).length > 0) return mergeAndValidate(overrides);
  resolvedDefaults ??= deepFreeze(mergeAndValidate({}));
  return resolvedDefaults;
}

function deepFreeze<T extends object>(value: T): T {
  for (const child of Object.values(value)) if (typeof child === 'object' && child !== null) deepFreeze(child);
  return Object.freeze(value);
}

function mergeAndValidate(overrides: ArcConfigOverrides): ArcConfig {
  const d = DEFAULT_ARC_CONFIG;
  const merged = {
    smoothing: { ...d.smoothing, ...overrides.smoothing },
    entryWindowMs: overrides.entryWindowMs ?? d.entryWindowMs,
    exitFraction: overrides.exitFraction ?? d.exitFraction,
    trend: { ...d.trend, ...overrides.trend },
    inflection: { ...d.inflection, ...overrides.inflection },
    finalThirdDrop: { ...d.finalThirdDrop, ...overrides.finalThirdDrop },
    recovery: { ...d.recovery, ...overrides.recovery },
    pattern: { ...d.pattern, ...overrides.pattern },
  };
  const parsed = arcConfigSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  throw new UndertoneError('INVALID_CONFIG', 'Invalid sentiment-arc configuration; fix the listed fields or omit them to use the defaults.', {
    issues: parsed.error.issues.map((i) => ({ where: ['arcs', ...i.path].join('.'), message: i.message })),
  });
}
