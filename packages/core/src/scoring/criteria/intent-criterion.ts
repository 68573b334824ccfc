import type { CallAnalysis } from '../../analysis/types.js';
import { normalizeTokens } from '../normalize-text.js';
import type { LeafCriterion } from '../rubric-schema.js';
import { inSpans, round, stageSpans, utteranceEvidence, verdict, type CriterionOutcome } from '../scoring-context.js';
import { bestWindowMatch, tokenSetRecall } from '../token-similarity.js';
import { contentTokens, intentMatcherFor } from './intent-matcher.js';

type IntentCriterion = Extract<LeafCriterion, { kind: 'intent' }>;

export const DEFAULT_INTENT_THRESHOLD = 0.7;

/** A phrase family said, or paraphrased: the best of in-order fuzzy alignment and word-set recall. */
export function phraseSimilarity(phrase: string | string[], spoken: string[]): number {
  const phraseTokens = typeof phrase === 'string' ? normalizeTokens(phrase) : phrase;
  const recall = tokenSetRecall([...contentTokens(phraseTokens)], spoken);
  if (recall === 1) return 1;
  return Math.max(bestWindowMatch(phraseTokens, spoken).similarity, recall);
}

export function evaluateIntent(c: IntentCriterion, analysis: CallAnalysis): CriterionOutcome {
  const threshold = c.threshold ?? DEFAULT_INTENT_THRESHOLD;
  const speaker = c.speaker ?? 'agent';
  const spans = c.stage ? stageSpans(analysis, c.stage) : [];
  const searched: number[] = [];
  analysis.call.utterances.forEach((u, index) => {
    if (u.speaker === speaker && (spans.length === 0 || inSpans(index, spans))) searched.push(index);
  });
  const best = intentMatcherFor(c.phrases).bestMatch(analysis.call.utterances, searched);
  if (!best) return verdict(false, `the ${speaker} said nothing${c.stage ? ` in the ${c.stage} stage` : ''}`, [{ quote: '', atMs: spans[0]?.startMs ?? 0, note: `expected something like "${c.phrases[0]}"` }]);
  const found = best;
  const note = `similarity ${round(found.similarity)} to "${found.phrase}"`;
  const evidence = [utteranceEvidence(analysis.call.utterances[found.index]!, found.index, note)];
  const passed = found.similarity >= threshold;
  return verdict(
    passed,
    passed ? `intent expressed: ${note} >= ${threshold}` : `intent not expressed: closest ${note} < ${threshold}`,
    evidence,
  );
}
