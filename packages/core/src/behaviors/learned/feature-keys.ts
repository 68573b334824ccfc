/**
 * The features of one utterance, as (kind, a, b) over vocabulary indexes, with the token span each
 * covers (for quoting). Training and detection both enumerate features here, so they always agree.
 */
import { BIGRAM, QUESTION_MARK, SKIP_BIGRAM, UNIGRAM } from './model.js';

/**
 * Calls `visit(kind, a, b, from, to)` for each feature of the word indexes `words` (vocabulary indexes,
 * negative when the word is unknown; features with an unknown word are skipped). Token span [from, to)
 * refers to the utterance's tokens; the start and end pseudo-words are outside it.
 */
export function forEachFeature(
  words: ArrayLike<number>,
  hasQuestionMark: boolean,
  start: number,
  end: number,
  visit: (kind: number, a: number, b: number, from: number, to: number) => void,
): void {
  const n = words.length;
  let previous = start;
  for (let t = 0; t < n; t++) {
    const w = words[t]!;
    if (w >= 0) {
      visit(UNIGRAM, w, 0, t, t + 1);
      if (previous >= 0) visit(BIGRAM, previous, w, t === 0 ? 0 : t - 1, t + 1);
      if (t >= 2 && words[t - 2]! >= 0) visit(SKIP_BIGRAM, words[t - 2]!, w, t - 2, t + 1);
    }
    previous = w;
  }
  if (previous >= 0 && n > 0) visit(BIGRAM, previous, end, n - 1, n);
  if (hasQuestionMark) visit(QUESTION_MARK, 0, 0, n, n);
}
