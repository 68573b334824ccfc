import type { Span } from '../phrase-matcher.js';

export const MAX_QUOTE_TOKENS = 12;

/**
 * The contiguous run of at most `maxLength` tokens whose contributions sum highest: the words that
 * carried the decision. With no positive run, the single strongest token.
 */
export function evidenceWindow(contributions: ArrayLike<number>, maxLength = MAX_QUOTE_TOKENS): Span {
  const n = contributions.length;
  let best: Span = { from: 0, to: Math.min(1, n) };
  let bestSum = Number.NEGATIVE_INFINITY;
  for (let from = 0; from < n; from++) {
    let sum = 0;
    for (let to = from + 1; to <= Math.min(n, from + maxLength); to++) {
      sum += contributions[to - 1]!;
      if (sum > bestSum + 1e-12) {
        bestSum = sum;
        best = { from, to };
      }
    }
  }
  return best;
}
