import type { Arc, CallAnalysis, Evidence, ScoredUtterance } from '../../analysis/types.js';
import { compare, formatComparison } from '../comparison.js';
import type { LeafCriterion } from '../rubric-schema.js';
import { splitArcPath } from '../sentiment-fields.js';
import { notApplicable, round, utteranceEvidence, verdict, type CriterionOutcome } from '../scoring-context.js';
import { parseSentimentCheck } from '../validate-rubric.js';

type SentimentCriterion = Extract<LeafCriterion, { kind: 'sentiment' }>;

export function readArcField(arc: Arc, field: string): unknown {
  return field.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), arc);
}

export function evaluateSentiment(c: SentimentCriterion, analysis: CallAnalysis): CriterionOutcome {
  const check = parseSentimentCheck(c.check);
  if (check instanceof Error) throw check; // parseRubric rejects these; reaching here means an unvalidated rubric
  const arcPath = splitArcPath(check.path);
  if (arcPath instanceof Error) throw arcPath;
  if (!analysis.sentiment) return notApplicable('sentiment analysis did not run for this call');
  const arc = analysis.sentiment.arcs[arcPath.speaker];
  const actual = readArcField(arc, arcPath.field);
  const evidence = sentimentEvidence(analysis, arcPath.speaker, arcPath.field, arc);
  if (actual === null || actual === undefined) {
    return notApplicable(`${check.path} has no value (the ${arcPath.speaker} said too little to score)`, evidence);
  }
  const passed = compare(actual, check.op, check.value);
  const shown = typeof actual === 'number' ? round(actual) : String(actual);
  return verdict(passed, `${check.path} is ${shown}; required ${formatComparison(check)}`, evidence);
}

/** The utterances behind an arc value: the opening ones for entry, the trough for recovery, the closing ones otherwise. */
function sentimentEvidence(analysis: CallAnalysis, speaker: 'customer' | 'agent', field: string, arc: Arc): Evidence[] {
  const scored = (analysis.sentiment?.utterances ?? []).filter((u) => analysis.call.utterances[u.index]?.speaker === speaker);
  if (scored.length === 0) return [];
  const picks: ScoredUtterance[] = [];
  if (field === 'entry' || field === 'delta') picks.push(...scored.slice(0, 2));
  if (field.startsWith('recovery') && arc.recovery.troughAtMs !== null) {
    const troughAt = arc.recovery.troughAtMs;
    const trough = scored.reduce((best, u) =>
      Math.abs(analysis.call.utterances[u.index]!.startMs - troughAt) < Math.abs(analysis.call.utterances[best.index]!.startMs - troughAt) ? u : best);
    picks.push(trough);
  }
  if (field !== 'entry') picks.push(...scored.slice(-2));
  const unique = [...new Map(picks.map((u) => [u.index, u])).values()].sort((a, b) => a.index - b.index);
  return unique.map((u) => utteranceEvidence(analysis.call.utterances[u.index]!, u.index, `${speaker} sentiment ${round(u.score)}`));
}
