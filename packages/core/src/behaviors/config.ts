/** Call-level settings that override the catalog's timing thresholds for one run. */
export interface BehaviorConfig {
  /** Minimum overlap for the agent starting over the customer to count as an interruption. */
  interruptionMinOverlapMs: number;
  /** Minimum silence between utterances that counts as dead air. */
  deadAirMinMs: number;
  /** Minimum unannounced silence after an agent turn that counts as a hold without permission. */
  holdMinMs: number;
}

export const DEFAULT_BEHAVIOR_CONFIG: BehaviorConfig = {
  interruptionMinOverlapMs: 500,
  deadAirMinMs: 10_000,
  holdMinMs: 30_000,
};
