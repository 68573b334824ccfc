import type { CallAnalysis } from '../../analysis/types.js';
import type { LeafCriterion } from '../rubric-schema.js';
import {
  describeSpans, detectionEvidence, inSpans, notApplicable, stageSpans, verdict, type CriterionOutcome,
} from '../scoring-context.js';

type BehaviorPresent = Extract<LeafCriterion, { kind: 'behavior_present' }>;
type BehaviorAbsent = Extract<LeafCriterion, { kind: 'behavior_absent' }>;

export function evaluateBehaviorPresent(c: BehaviorPresent, analysis: CallAnalysis): CriterionOutcome {
  if (!analysis.behaviors) return notApplicable('behavior detection did not run for this call');
  const spans = c.stage ? stageSpans(analysis, c.stage) : [];
  const found = analysis.behaviors.filter(
    (d) => d.id === c.behavior && d.speaker === 'agent' && (spans.length === 0 || inSpans(d.utteranceIndex, spans)),
  );
  const needed = c.minCount ?? 1;
  const where = c.stage ? (spans.length > 0 ? ` in the ${c.stage} stage` : ' (no ' + c.stage + ' stage detected; whole call searched)') : '';
  if (found.length >= needed) {
    return verdict(true, `${c.behavior} detected ${found.length}x${where} (needed ${needed})`, detectionEvidence(found));
  }
  const expected = c.stage ? describeSpans(c.stage, spans) : 'expected anywhere in the call';
  const evidence = found.length > 0 ? detectionEvidence(found) : [{ quote: '', atMs: spans[0]?.startMs ?? 0, note: expected }];
  return verdict(false, `${c.behavior} detected ${found.length}x${where}, needed ${needed}`, evidence);
}

export function evaluateBehaviorAbsent(c: BehaviorAbsent, analysis: CallAnalysis): CriterionOutcome {
  if (!analysis.behaviors) return notApplicable('behavior detection did not run for this call');
  const found = analysis.behaviors.filter((d) => d.id === c.behavior && d.speaker === 'agent');
  const allowed = c.maxCount ?? 0;
  if (found.length <= allowed) {
    const evidence = found.length > 0 ? detectionEvidence(found) : [{ quote: '', atMs: 0, note: `no ${c.behavior} detected across the call` }];
    return verdict(true, `${c.behavior} detected ${found.length}x (allowed ${allowed})`, evidence);
  }
  return verdict(false, `${c.behavior} detected ${found.length}x, allowed ${allowed}`, detectionEvidence(found));
}
