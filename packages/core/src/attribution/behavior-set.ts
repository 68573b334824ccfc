import type { Detection } from '../analysis/types.js';

/** The behavior ids present in a call as a sorted, de-duplicated set, comparable across calls. */
export function behaviorSet(behaviors: readonly Pick<Detection, 'id'>[]): string[] {
  return [...new Set(behaviors.map((b) => b.id))].sort();
}

export interface StageBehaviorSet {
  stage: string;
  behaviors: string[];
}

/**
 * The behavior set within each stage of the call, stages in order of first appearance (every stage
 * present is listed, with an empty set when nothing was detected in it).
 */
export function cooccurringSets(behaviors: readonly Detection[], stagesByUtterance: readonly string[]): StageBehaviorSet[] {
  const byStage = new Map<string, Detection[]>();
  for (const stage of stagesByUtterance) if (!byStage.has(stage)) byStage.set(stage, []);
  for (const detection of behaviors) {
    const stage = stagesByUtterance[detection.utteranceIndex];
    if (stage !== undefined) byStage.get(stage)?.push(detection);
  }
  return [...byStage].map(([stage, detections]) => ({ stage, behaviors: behaviorSet(detections) }));
}
