import type { Call } from '@undertone/core';
import type { ActiveRules } from '../default-steps.js';
import type { ComputedAnalysis } from '../run-analysis-steps.js';

/** Main thread -> analysis thread: one call to analyze; `rules` only when they changed since this thread last got them. */
export interface AnalysisTask {
  id: number;
  call: Call;
  rules?: ActiveRules;
}

/**
 * Analysis thread -> main thread. On success the analysis comes back without its `call` (the main thread holds it
 * already, and copying it back would double the traffic); `callOmitted` says so.
 */
export type AnalysisReply =
  | { id: number; computed: ComputedAnalysis; callOmitted: boolean }
  | { id: number; error: string };
