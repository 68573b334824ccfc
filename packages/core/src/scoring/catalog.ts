/**
 * The ids a rubric or policy may name. Kept here so configuration is checked against one list
 * before any call is scored; the detectors that produce these ids live in the analysis pipeline.
 */
export const BEHAVIOR_IDS = [
  'empathy', 'apology', 'dismissive_acknowledgment', 'policy_before_acknowledgment', 'interruption',
  'open_question', 'closed_question', 'ownership', 'hold_without_permission', 'dead_air', 'blame_shift',
  'jargon', 'offers_options', 'resolution_check', 'greeting', 'recap', 'escalation_offer',
] as const;

export const SIGNAL_IDS = ['churn_intent', 'escalation_request', 'repeat_contact', 'complaint', 'urgency', 'confusion'] as const;

export const STAGE_IDS = [
  'opening', 'verification', 'discovery', 'hold', 'transfer', 'pricing', 'objection', 'resolution', 'closing',
  'offer', 'payment_arrangement',
] as const;

export const TRENDS = ['improving', 'slightly_improving', 'no_change', 'slightly_declining', 'declining'] as const;
export const ARC_PATTERNS = ['flat', 'rising', 'declining', 'spike_and_drop', 'recovery', 'volatile'] as const;

export type BehaviorId = (typeof BEHAVIOR_IDS)[number];
export type SignalId = (typeof SIGNAL_IDS)[number];
export type StageId = (typeof STAGE_IDS)[number];

const isOneOf = (list: readonly string[]) => (value: string) => list.includes(value);
export const isBehaviorId = isOneOf(BEHAVIOR_IDS);
export const isSignalId = isOneOf(SIGNAL_IDS);
export const isStageId = isOneOf(STAGE_IDS);
