import type { CallAnalysis } from '@undertone/core';
import type { PipelineSteps } from '../../packages/server/src/pipeline/steps.js';

/** Real steps with analysis replaced by a constant: what is left is the platform's own cost (storage and queue). */
export function stubAnalysis(steps: PipelineSteps): PipelineSteps {
  return {
    ...steps,
    analyze: (call) =>
      ({
        engineVersion: steps.engineVersion,
        call,
        characteristics: { durationMs: 0, talk: {}, nonTalk: { totalMs: 0, share: 0, instances: [] }, interruptions: [], longestMonologue: {} },
      }) as CallAnalysis,
  };
}
