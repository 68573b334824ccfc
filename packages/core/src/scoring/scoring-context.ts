import type { Utterance } from '../call/call.js';
import type { CallAnalysis, Detection, Evidence, StageSpan } from '../analysis/types.js';

/** What a criterion evaluator returns; score is 0-100, null when not applicable. */
export interface CriterionOutcome {
  score: number | null;
  passed: boolean | null;
  reason: string;
  evidence: Evidence[];
}

export function notApplicable(reason: string, evidence: Evidence[] = []): CriterionOutcome {
  return { score: null, passed: null, reason, evidence };
}

export function verdict(passed: boolean, reason: string, evidence: Evidence[]): CriterionOutcome {
  return { score: passed ? 100 : 0, passed, reason, evidence };
}

export function formatMs(ms: number): string {
  const totalSeconds = Math.floor(ms / 1000);
  const minutes = Math.floor(totalSeconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(totalSeconds % 60).padStart(2, '0')}`;
}

export function stageSpans(analysis: CallAnalysis, stage: string): StageSpan[] {
  return (analysis.stages ?? []).filter((s) => s.stage === stage);
}

export function inSpans(utteranceIndex: number, spans: StageSpan[]): boolean {
  return spans.some((s) => utteranceIndex >= s.fromIndex && utteranceIndex <= s.toIndex);
}

export function describeSpans(stage: string, spans: StageSpan[]): string {
  if (spans.length === 0) return `no ${stage} stage was detected, so the whole call was searched`;
  return `expected in the ${stage} stage (${spans.map((s) => `${formatMs(s.startMs)}-${formatMs(s.endMs)}`).join(', ')})`;
}

export function detectionEvidence(detections: Detection[], limit = 3): Evidence[] {
  return detections.slice(0, limit).map((d) => ({ quote: d.quote, atMs: d.startMs, utteranceIndex: d.utteranceIndex }));
}

export function utteranceEvidence(utterance: Utterance, index: number, note?: string): Evidence {
  return note === undefined
    ? { quote: utterance.text, atMs: utterance.startMs, utteranceIndex: index }
    : { quote: utterance.text, atMs: utterance.startMs, utteranceIndex: index, note };
}

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
