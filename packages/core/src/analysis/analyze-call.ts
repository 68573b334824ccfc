import type { Call } from '../call/call.js';
import { computeCharacteristics } from './characteristics.js';
import type { CallAnalysis } from './types.js';

export const ENGINE_VERSION = '0.1.0';

/** The whole per-call analysis pipeline. Pure: the same call and options give the same result. */
export function analyzeCall(call: Call): CallAnalysis {
  return { engineVersion: ENGINE_VERSION, call, characteristics: computeCharacteristics(call) };
}
