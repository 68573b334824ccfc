import type { Rubric } from './rubric-schema.js';

/**
 * The rubric for a call type: the first rubric listing the type, else one listing "*" or "default",
 * else undefined so the caller decides (skip scoring, or fall back explicitly).
 */
export function selectRubric(callType: string | undefined, rubrics: readonly Rubric[]): Rubric | undefined {
  const wanted = callType?.trim().toLowerCase();
  if (wanted) {
    const exact = rubrics.find((r) => r.callTypes.some((t) => t.toLowerCase() === wanted));
    if (exact) return exact;
  }
  return rubrics.find((r) => r.callTypes.includes('*') || r.callTypes.includes('default'));
}
