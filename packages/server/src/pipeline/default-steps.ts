import {
  analyzeCall,
  DEFAULT_RUBRICS,
  defaultPolicies,
  ENGINE_VERSION,
  evaluateCallPolicies,
  importTranscript,
  scoreCall,
  selectRubric,
  type Policies,
  type Rubric,
} from '@undertone/core';
import type { AnalysisConfig } from '../config/config-schema.js';
import type { ImportStep, PipelineSteps } from './steps.js';

/** The rubrics and flag policies the pipeline scores with. */
export interface ActiveRules {
  rubrics: readonly Rubric[];
  policies: Policies;
  /** The stored version of the policy set, when it came from the database (flags record it). */
  policiesVersion?: number;
}

export function shippedRules(): ActiveRules {
  return { rubrics: DEFAULT_RUBRICS, policies: defaultPolicies() };
}

/**
 * The one place where core's domain functions become pipeline steps: import, analyze, score with the
 * rubric for the call type, then flag policies (compliance misses flag on their own; kudos included).
 * `rules` is read per call, so a caller can swap in newly published rubrics and policies. With the learned behavior
 * fallback off, the engine version says so: the same call analyzes differently.
 */
export function defaultSteps(rules: () => ActiveRules = shippedRules, analysis: Partial<AnalysisConfig> = {}): PipelineSteps {
  const catalogOnly = analysis.learnedBehaviors === false;
  return {
    engineVersion: catalogOnly ? `${ENGINE_VERSION}+catalog-only` : ENGINE_VERSION,
    importTranscript: importTranscript as ImportStep,
    analyze: catalogOnly ? (call) => analyzeCall(call, { learnedBehaviors: false }) : (call) => analyzeCall(call),
    score: (analysis) => {
      const rubric = selectRubric(analysis.call.callType, rules().rubrics);
      return rubric ? [scoreCall(analysis, rubric)] : [];
    },
    evaluatePolicies: (analysis, scorecards) => {
      const scored = scorecards[0] ? { ...analysis, scorecard: scorecards[0] } : analysis;
      const { policies, policiesVersion } = rules();
      const version = policiesVersion !== undefined ? { policyVersion: policiesVersion } : {};
      const flags = evaluateCallPolicies(scored, policies).map((f) => ({ ...f, ...version }));
      const triggers = flags
        .filter((f) => f.kind === 'coaching' || f.kind === 'quality')
        .map((f) => ({ kind: f.kind, reason: f.reason, policy: f.policy, ...version }));
      return { flags, triggers };
    },
  };
}
