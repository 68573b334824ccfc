import { analyzeCall, ENGINE_VERSION, generateCall } from '@undertone/core';
import { describe, expect, it } from 'vitest';
import { defaultSteps } from './default-steps.js';

/** A demo call on which the learned fallback adds detections (its analysis differs from the catalog's alone). */
const call = generateCall({ seed: 5003, startedAt: '2026-11-02T14:00:00Z', agent: { id: 'a' }, callType: 'retention', targetTurns: 150, targetDurationMs: 600_000 });

describe('defaultSteps and the learned behavior fallback', () => {
  it('uses the fallback by default, under the plain engine version', () => {
    const steps = defaultSteps();
    expect(steps.engineVersion).toBe(ENGINE_VERSION);
    expect(steps.analyze(call)).toEqual(analyzeCall(call));
  });

  it('analyzes with the catalog alone when the config turns it off, and says so in the engine version', () => {
    const steps = defaultSteps(undefined, { learnedBehaviors: false });
    expect(steps.engineVersion).toBe(`${ENGINE_VERSION}+catalog-only`);
    const analysis = steps.analyze(call);
    expect(analysis).toEqual(analyzeCall(call, { learnedBehaviors: false }));
    const detections = (a: typeof analysis) => (a.behaviors?.length ?? 0) + (a.signals?.length ?? 0);
    expect(detections(analysis)).toBeLessThan(detections(defaultSteps().analyze(call)));
  });
});
