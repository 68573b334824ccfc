import type { Call } from '../call/call.js';
import { analyzeSentiment } from '../arcs/analyze-sentiment.js';
import type { ArcConfigOverrides } from '../arcs/arc-config.js';
import { attributeInflections, DEFAULT_ATTRIBUTION_CONFIG, type AttributionConfig } from '../attribution/index.js';
import { behaviorSet } from '../attribution/behavior-set.js';
import type { LearnedModel } from '../behaviors/learned/model.js';
import { detectBehaviors } from '../behaviors/detect-behaviors.js';
import type { BehaviorCatalog } from '../behaviors/catalog-schema.js';
import type { Policies } from '../policies/policy-schema.js';
import { evaluateCallPolicies } from '../policies/evaluate-call-policies.js';
import type { Rubric } from '../scoring/rubric-schema.js';
import { scoreCall } from '../scoring/score-call.js';
import { getDefaultSentimentModel } from '../sentiment/lexicon-sentiment-model.js';
import type { SentimentModel } from '../sentiment/sentiment-model.js';
import { labelStages } from '../stages/label-stages.js';
import type { StageConfigSet } from '../stages/index.js';
import { computeCharacteristics } from './characteristics.js';
import type { CallAnalysis } from './types.js';

/** Bumped whenever the same call would analyze differently; stored analyses are keyed by it. */
export const ENGINE_VERSION = '0.2.0';

export interface AnalyzeOptions {
  sentimentModel?: SentimentModel;
  arcs?: ArcConfigOverrides;
  behaviorCatalog?: BehaviorCatalog;
  /** The learned behavior fallback: the built model by default, another model, or false for the catalog alone. */
  learnedBehaviors?: LearnedModel | false;
  stages?: StageConfigSet;
  attribution?: AttributionConfig;
  /** Score against this rubric (callers pick it, e.g. with `selectRubric(call.callType, rubrics)`). */
  rubric?: Rubric;
  /** Evaluate these per-call flag policies; compliance misses flag whenever a rubric was scored. */
  policies?: Policies;
}

/**
 * The whole per-call pipeline: characteristics, sentiment arcs, stages, behaviors and signals,
 * attribution of every inflection, then the optional scorecard and flags. Pure and deterministic.
 */
export function analyzeCall(call: Call, options: AnalyzeOptions = {}): CallAnalysis {
  const characteristics = computeCharacteristics(call);
  const sentiment = analyzeSentiment(call, options.sentimentModel ?? getDefaultSentimentModel(), options.arcs);
  const stages = labelStages(call, options.stages);
  const { behaviors, signals } = detectBehaviors(call, {
    ...(options.behaviorCatalog ? { catalog: options.behaviorCatalog } : {}),
    ...(options.learnedBehaviors !== undefined ? { learned: options.learnedBehaviors } : {}),
  });
  sentiment.inflections = attributeInflections(call, sentiment.inflections, behaviors, stages.byUtterance, options.attribution ?? DEFAULT_ATTRIBUTION_CONFIG);

  const analysis: CallAnalysis = {
    engineVersion: ENGINE_VERSION,
    call,
    characteristics,
    sentiment,
    stages: stages.spans,
    behaviors,
    signals,
    behaviorSet: behaviorSet(behaviors),
  };
  if (options.rubric) analysis.scorecard = scoreCall(analysis, options.rubric);
  if (options.policies) analysis.flags = evaluateCallPolicies(analysis, options.policies);
  return analysis;
}
