/**
 * Approximate matching of a token sequence (a script, a phrase) inside a longer token stream (what the agent said).
 * Token substitutions cost their character edit distance (so "an" for "and" is cheap), and one token may stand
 * for two ("maybe" for "may be") because ASR often merges or splits words.
 */

import { alignBestWindow, alignmentCosts, type WindowMatch } from './window-alignment.js';

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

export function charEditDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Number.MAX_SAFE_INTEGER);
}

/**
 * The edit distance when it is at most `limit`, otherwise some number above `limit`. Stops as soon as a whole row of
 * the table exceeds the limit: row minima never decrease, so the final distance would too.
 */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (a === b) return 0;
  if (rowA.length <= b.length) {
    rowA = new Int32Array(b.length * 2 + 1);
    rowB = new Int32Array(b.length * 2 + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      const cell = substitution < deletion ? (substitution < insertion ? substitution : insertion) : deletion < insertion ? deletion : insertion;
      current[j] = cell;
      if (cell < rowMinimum) rowMinimum = cell;
    }
    if (rowMinimum > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/**
 * 0 for identical tokens, a fraction for near misses ("an"/"and"), 1 for different words: partial credit only
 * up to half the letters changed, or unrelated sentences would score as half-said.
 */
export function tokenCost(a: string, b: string): number {
  if (a === b) return 0;
  const longest = a.length > b.length ? a.length : b.length;
  // The edit distance is at least the length difference: skip the work when that alone exceeds half the letters.
  if (Math.abs(a.length - b.length) * 2 > longest) return 1;
  // Tokens sharing neither first nor last letter need at least two edits; short ones then differ by more than half.
  if (longest <= 3 && a[0] !== b[0] && a[a.length - 1] !== b[b.length - 1]) return 1;
  const allowed = Math.floor(longest / 2);
  const distance = boundedEditDistance(a, b, allowed);
  return distance <= allowed ? distance / longest : 1;
}

export type { WindowMatch } from './window-alignment.js';

/**
 * Best match of `pattern` anywhere in `stream` (semi-global alignment: free start and end in the stream).
 * Deterministic: on equal cost the earliest window wins.
 */
export function bestWindowMatch(pattern: string[], stream: string[]): WindowMatch {
  const n = pattern.length;
  const m = stream.length;
  if (n === 0) return { similarity: 1, start: 0, end: 0 };
  if (m === 0) return { similarity: 0, start: 0, end: 0 };
  const costs = alignmentCosts(n, m);
  const streamPairs = stream.map((token, j) => (j >= 1 ? stream[j - 1]! + token : ''));
  for (let i = 0; i < n; i++) {
    const p = pattern[i]!;
    const merged = i >= 1 ? pattern[i - 1]! + p : '';
    for (let j = 0; j < m; j++) {
      costs.single[i * m + j] = tokenCost(p, stream[j]!);
      if (i >= 1) costs.merged[i * m + j] = tokenCost(merged, stream[j]!);
      if (j >= 1) costs.split[i * m + j] = tokenCost(p, streamPairs[j]!);
    }
  }
  return alignBestWindow(costs);
}

/**
 * Share of the phrase's tokens found (fuzzily) in the text, ignoring word order: catches paraphrases
 * such as "anything else I can do for you" for "is there anything else I can help you with".
 */
export function tokenSetRecall(phrase: string[], text: string[], minTokenSimilarity = 0.8): number {
  if (phrase.length === 0) return 1;
  const unique = [...new Set(phrase)];
  const found = unique.filter((p) => text.some((t) => 1 - tokenCost(p, t) >= minTokenSimilarity));
  return found.length / unique.length;
}
