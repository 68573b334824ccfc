import type { Call, CriterionResult, Evidence, Flag, Scorecard } from '@undertone/core';

const LABEL_CHARS = 34;
const QUOTE_CHARS = 56;

function clock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function firstQuote(evidence: readonly Evidence[]): string {
  const quoted = evidence.find((e) => e.quote.trim().length > 0);
  if (quoted) return `${clock(quoted.atMs)} "${truncate(quoted.quote, QUOTE_CHARS)}"`;
  const noted = evidence.find((e) => e.note);
  return noted ? truncate(noted.note!, QUOTE_CHARS + 8) : '';
}

function verdict(c: CriterionResult): string {
  if (c.na) return 'n/a';
  if (c.autoFail) return 'AUTO-FAIL';
  return c.passed ? 'pass' : 'FAIL';
}

function row(c: CriterionResult, indent: string): string {
  const label = truncate(`${c.compliance ? '[C] ' : ''}${c.label ?? c.id}`, LABEL_CHARS - indent.length).padEnd(LABEL_CHARS - indent.length);
  const weight = c.effectiveWeight === undefined ? String(c.weight) : `${Math.round(c.effectiveWeight * 100)}%`;
  const score = c.score === null ? '-' : String(Math.round(c.score));
  return `  ${indent}${label} ${weight.padStart(6)} ${score.padStart(5)}  ${verdict(c).padEnd(9)} ${firstQuote(c.evidence)}`;
}

/**
 * The scorecard for the human report: overall score, then one row per criterion (weight as its share of the overall,
 * score, verdict, first evidence quote with mm:ss), then the call's flags, compliance first.
 */
export function renderScorecardSection(scorecard: Scorecard, flags: readonly Flag[], call: Pick<Call, 'id' | 'callType'>): string {
  const pass = scorecard.passed === undefined ? '' : scorecard.passed ? `  PASS (>= ${scorecard.passThreshold})` : `  BELOW ${scorecard.passThreshold}`;
  const lines = [
    `Scorecard  ${scorecard.rubricId} v${scorecard.rubricVersion ?? 1}${call.callType ? ` (call type ${call.callType})` : ''}`,
    `  overall ${scorecard.overall.toFixed(1)}/100${scorecard.autoFailed ? '  AUTO-FAILED: a compliance criterion zeroed the evaluation' : pass}`,
    `  ${'criterion'.padEnd(LABEL_CHARS)} ${'weight'.padStart(6)} ${'score'.padStart(5)}  ${'result'.padEnd(9)} evidence`,
  ];
  for (const c of scorecard.criteria) {
    lines.push(row(c, ''));
    for (const sub of c.subCriteria ?? []) lines.push(row(sub, '  '));
  }
  const order = (f: Flag) => (f.kind === 'compliance' ? 0 : f.kind === 'kudos' ? 2 : 1);
  const sorted = [...flags].sort((a, b) => order(a) - order(b));
  lines.push(sorted.length === 0 ? '  flags: none' : '  flags:');
  for (const f of sorted) lines.push(`    ${f.kind.padEnd(10)} ${f.policy}: ${f.reason}`);
  return lines.join('\n');
}
