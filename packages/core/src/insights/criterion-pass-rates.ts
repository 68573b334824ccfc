import { round } from './weekly-trend.js';

export interface CriterionTotals {
  rubricId: string;
  criterionId: string;
  label: string;
  /** Results that were judged (N/A excluded). */
  evaluated: number;
  passed: number;
}

export interface CriterionPassRate extends CriterionTotals {
  passRate: number | null;
}

/** Pass rate per criterion, weakest first (the coaching order), then by rubric and criterion id. */
export function criterionPassRates(totals: readonly CriterionTotals[]): CriterionPassRate[] {
  return totals
    .map((t) => ({ ...t, passRate: t.evaluated > 0 ? round(t.passed / t.evaluated, 4) : null }))
    .sort((a, b) => (a.passRate ?? 2) - (b.passRate ?? 2) || a.rubricId.localeCompare(b.rubricId) || a.criterionId.localeCompare(b.criterionId));
}
