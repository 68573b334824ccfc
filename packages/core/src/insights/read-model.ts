import type { CallAnalysis, CriterionResult, Scorecard } from '../analysis/types.js';

/** One sentiment inflection as the dashboard's read tables store it. */
export interface InflectionRow {
  speaker: string;
  direction: 'drop' | 'rise';
  stage: string | null;
  atMs: number;
  magnitude: number;
  /** Relative position in the call, 0-1 (orders stages that no built-in configuration knows). */
  position: number;
  /** The distinct agent behaviors that preceded it, most relevant first. */
  preceding: string[];
}

/** One top-level criterion result; `passed` is null when the criterion was N/A or could not be judged. */
export interface CriterionRow {
  rubricId: string;
  criterionId: string;
  label: string;
  passed: boolean | null;
}

/** What the pipeline writes beside a stored analysis so dashboard reads never open the analysis JSON. */
export interface AnalysisReadModel {
  customerExit: number | null;
  autoFailed: boolean | null;
  durationMs: number | null;
  inflections: InflectionRow[];
  criteria: CriterionRow[];
}

/** The denormalized facts of one analysis: customer exit sentiment, inflections with their precursors, criterion outcomes. */
export function readModelOf(analysis: CallAnalysis, scorecards: readonly Scorecard[]): AnalysisReadModel {
  const durationMs = analysis.characteristics?.durationMs ?? null;
  const span = durationMs && durationMs > 0 ? durationMs : null;
  const inflections = (analysis.sentiment?.inflections ?? []).map((i) => ({
    speaker: i.speaker,
    direction: i.direction,
    stage: i.stage ?? null,
    atMs: i.atMs,
    magnitude: i.magnitude,
    position: span ? Math.min(1, Math.max(0, i.atMs / span)) : 0,
    preceding: [...new Set((i.preceding ?? []).map((p) => p.behavior))],
  }));
  const primary = scorecards[0] ?? analysis.scorecard;
  return {
    customerExit: analysis.sentiment?.arcs?.customer?.exit ?? null,
    autoFailed: primary ? primary.autoFailed : null,
    durationMs,
    inflections,
    criteria: scorecards.flatMap((s) => s.criteria.map((c) => criterionRow(s.rubricId, c))),
  };
}

function criterionRow(rubricId: string, c: CriterionResult): CriterionRow {
  return { rubricId, criterionId: c.id, label: c.label ?? c.id, passed: c.na ? null : c.passed };
}
