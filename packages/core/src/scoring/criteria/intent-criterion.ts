import type { CallAnalysis } from '../../analysis/types.js';
import { normalizeTokens } from '../normalize-text.js';
import type { LeafCriterion } from '../rubric-schema.js';
import { inSpans, round, stageSpans, utteranceEvidence, verdict, type CriterionOutcome } from '../scoring-context.js';
import { bestWindowMatch, tokenSetRecall } from '../token-similarity.js';

type IntentCriterion = Extract<LeafCriterion, { kind: 'intent' }>;

export const DEFAULT_INTENT_THRESHOLD = 0.7;

/** Function words carry little of a phrase's meaning; paraphrase recall is computed over the rest. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'am', 'was', 'be', 'to', 'of', 'for', 'with', 'in', 'on', 'at', 'and', 'or',
  'i', 'you', 'we', 'it', 'that', 'this', 'there', 'do', 'can', 'could', 'will', 'would', 'my', 'your', 'our',
  'me', 'us', 'so', 'just', 'please',
]);

function contentTokens(tokens: string[]): string[] {
  const content = tokens.filter((t) => !FUNCTION_WORDS.has(t));
  return content.length > 0 ? content : tokens;
}

/** A phrase family said, or paraphrased: the best of in-order fuzzy alignment and word-set recall. */
export function phraseSimilarity(phrase: string | string[], utteranceTokens: string[]): number {
  const phraseTokens = typeof phrase === 'string' ? normalizeTokens(phrase) : phrase;
  const recall = tokenSetRecall(contentTokens(phraseTokens), utteranceTokens);
  if (recall === 1) return 1;
  return Math.max(bestWindowMatch(phraseTokens, utteranceTokens).similarity, recall);
}

export function evaluateIntent(c: IntentCriterion, analysis: CallAnalysis): CriterionOutcome {
  const threshold = c.threshold ?? DEFAULT_INTENT_THRESHOLD;
  const speaker = c.speaker ?? 'agent';
  const spans = c.stage ? stageSpans(analysis, c.stage) : [];
  const phrases = c.phrases.map((phrase) => ({ phrase, tokens: normalizeTokens(phrase) }));
  let best: { index: number; phrase: string; similarity: number } | undefined;
  analysis.call.utterances.forEach((u, index) => {
    if (u.speaker !== speaker || (spans.length > 0 && !inSpans(index, spans))) return;
    const tokens = normalizeTokens(u.text);
    for (const { phrase, tokens: phraseTokens } of phrases) {
      const similarity = phraseSimilarity(phraseTokens, tokens);
      if (!best || similarity > best.similarity + 1e-12) best = { index, phrase, similarity };
    }
  });
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
