import type { Utterance } from '../call/call.js';
import type { StageSpan } from '../analysis/types.js';

/** Maximal runs of equal labels: contiguous, in order, covering every utterance exactly once. */
export function stageSpansFromLabels(utterances: readonly Utterance[], labels: readonly string[]): StageSpan[] {
  const spans: StageSpan[] = [];
  labels.forEach((stage, i) => {
    const utterance = utterances[i];
    const startMs = utterance?.startMs ?? 0;
    const endMs = utterance?.endMs ?? startMs;
    const last = spans[spans.length - 1];
    if (last && last.stage === stage) {
      last.toIndex = i;
      last.endMs = Math.max(last.endMs, endMs);
    } else {
      spans.push({ stage, startMs, endMs, fromIndex: i, toIndex: i });
    }
  });
  return spans;
}
