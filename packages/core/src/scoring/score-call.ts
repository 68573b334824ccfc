import type { CallAnalysis, CriterionResult, Scorecard } from '../analysis/types.js';
import { evaluateBehaviorAbsent, evaluateBehaviorPresent } from './criteria/behavior-criteria.js';
import { evaluateCharacteristic } from './criteria/characteristic-criterion.js';
import { evaluateIntent } from './criteria/intent-criterion.js';
import { evaluateScript } from './criteria/script-criterion.js';
import { evaluateSentiment } from './criteria/sentiment-criterion.js';
import { naReason } from './na-rule.js';
import type { CompositeCriterion, Criterion, LeafCriterion, Rubric } from './rubric-schema.js';
import { notApplicable, round, type CriterionOutcome } from './scoring-context.js';

function evaluateLeaf(c: LeafCriterion, analysis: CallAnalysis): CriterionOutcome {
  switch (c.kind) {
    case 'behavior_present': return evaluateBehaviorPresent(c, analysis);
    case 'behavior_absent': return evaluateBehaviorAbsent(c, analysis);
    case 'sentiment': return evaluateSentiment(c, analysis);
    case 'characteristic': return evaluateCharacteristic(c, analysis);
    case 'script': return evaluateScript(c, analysis);
    case 'intent': return evaluateIntent(c, analysis);
  }
}

/** Weighted mean over the applicable items; N/A items drop out and the remaining weights renormalize. */
function weightedMean(items: Array<{ weight: number; score: number | null }>): number | null {
  const applicable = items.filter((i) => i.score !== null);
  const total = applicable.reduce((sum, i) => sum + i.weight, 0);
  if (total === 0) return null;
  return applicable.reduce((sum, i) => sum + i.weight * (i.score as number), 0) / total;
}

function resultOf(c: Criterion | LeafCriterion, section: string, outcome: CriterionOutcome, subCriteria?: CriterionResult[]): CriterionResult {
  const result: CriterionResult = {
    id: c.id,
    label: c.label,
    section,
    kind: c.kind,
    score: outcome.score === null ? null : round(outcome.score, 1),
    weight: c.weight,
    passed: outcome.passed,
    reason: outcome.reason,
    evidence: outcome.evidence,
  };
  if (outcome.score === null) result.na = true;
  if (c.compliance) result.compliance = true;
  if (c.autoFail && outcome.passed === false) result.autoFail = true;
  if (subCriteria) result.subCriteria = subCriteria;
  return result;
}

function evaluateCriterion(c: Criterion | LeafCriterion, section: string, analysis: CallAnalysis): CriterionResult {
  const skip = naReason(c.na, analysis);
  if (skip !== null) return resultOf(c, section, notApplicable(skip, [{ quote: '', atMs: 0, note: skip }]));
  if (c.kind !== 'composite') return resultOf(c, section, evaluateLeaf(c, analysis));
  return evaluateComposite(c, section, analysis);
}

function evaluateComposite(c: CompositeCriterion, section: string, analysis: CallAnalysis): CriterionResult {
  const subs = c.subCriteria.map((sub) => evaluateCriterion(sub, section, analysis));
  const score = weightedMean(subs);
  if (score === null) return resultOf(c, section, notApplicable('no sub-criterion applies to this call'), subs);
  const failed = subs.filter((s) => s.passed === false);
  const passed = failed.length === 0;
  const reason = passed
    ? `all ${subs.filter((s) => s.passed !== null).length} applicable sub-criteria passed`
    : `failed: ${failed.map((s) => s.label ?? s.id).join(', ')}`;
  const evidence = subs.flatMap((s) => s.evidence.slice(0, 1));
  return resultOf(c, section, { score, passed, reason, evidence }, subs);
}

/**
 * Scores one analyzed call against a rubric. Deterministic. Criterion scores are 0-100; a section is the weighted mean
 * of its applicable criteria, the overall the weighted mean of applicable sections. A failed auto-fail criterion zeroes the overall.
 */
export function scoreCall(analysis: CallAnalysis, rubric: Rubric): Scorecard {
  const sections = rubric.sections.map((section) => {
    const criteria = section.criteria.map((c) => evaluateCriterion(c, section.id, analysis));
    return { section, criteria, score: weightedMean(criteria) };
  });
  const sectionTotal = sections.filter((s) => s.score !== null).reduce((sum, s) => sum + s.section.weight, 0);
  for (const { section, criteria, score } of sections) {
    const criteriaTotal = criteria.filter((c) => c.score !== null).reduce((sum, c) => sum + c.weight, 0);
    for (const c of criteria) {
      c.effectiveWeight = c.score === null || score === null ? 0 : round((section.weight / sectionTotal) * (c.weight / criteriaTotal), 4);
    }
  }
  const criteria = sections.flatMap((s) => s.criteria);
  const autoFailed = criteria.some((c) => c.autoFail === true);
  const weighted = weightedMean(sections.map((s) => ({ weight: s.section.weight, score: s.score })));
  const overall = autoFailed ? 0 : round(weighted ?? 0, 1);
  const scorecard: Scorecard = {
    rubricId: rubric.id,
    rubricVersion: rubric.version,
    overall,
    autoFailed,
    criteria,
    sections: sections.map((s) => ({ id: s.section.id, name: s.section.name, weight: s.section.weight, score: s.score === null ? null : round(s.score, 1) })),
  };
  if (rubric.passThreshold !== undefined) {
    scorecard.passThreshold = rubric.passThreshold;
    scorecard.passed = !autoFailed && overall >= rubric.passThreshold;
  }
  return scorecard;
}
