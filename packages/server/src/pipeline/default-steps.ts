import * as core from '@undertone/core';
import { analyzeCall, ENGINE_VERSION } from '@undertone/core';
import { importNativeJson } from './native-json-import.js';
import type { ImportStep, PipelineSteps } from './steps.js';

/**
 * The one place where core's domain functions become pipeline steps. Scoring and policies are
 * no-ops until core's `scoreCall` / `evaluateCallPolicies` land; wire them here (and nowhere else).
 */
export function defaultSteps(): PipelineSteps {
  const coreImport = (core as Record<string, unknown>)['importTranscript'];
  return {
    engineVersion: ENGINE_VERSION,
    importTranscript: typeof coreImport === 'function' ? (coreImport as ImportStep) : importNativeJson,
    analyze: (call) => analyzeCall(call),
    score: () => [],
    evaluatePolicies: () => ({ flags: [], triggers: [] }),
  };
}
