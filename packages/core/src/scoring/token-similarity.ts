/**
 * Approximate matching of a token sequence (a script, a phrase) inside a longer token stream (what the agent said).
 * Token substitutions cost their character edit distance (so "an" for "and" is cheap), and one token may stand
 * for two ("maybe" for "may be") because ASR often merges or splits words.
 */

export function charEditDistance(a: string, b: string): number {
  if (a === b) return 0;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * 0 for identical tokens, a fraction for near misses ("an"/"and"), 1 for different words: partial credit only
 * up to half the letters changed, or unrelated sentences would score as half-said.
 */
export function tokenCost(a: string, b: string): number {
  if (a === b) return 0;
  const ratio = charEditDistance(a, b) / Math.max(a.length, b.length);
  return ratio <= 0.5 ? ratio : 1;
}

export interface WindowMatch {
  /** 1 - (edit cost / script length), in [0, 1]. */
  similarity: number;
  /** Token positions in the stream, inclusive start, exclusive end. */
  start: number;
  end: number;
}

/**
 * Best match of `pattern` anywhere in `stream` (semi-global alignment: free start and end in the stream).
 * Deterministic: on equal cost the earliest window wins.
 */
export function bestWindowMatch(pattern: string[], stream: string[]): WindowMatch {
  const n = pattern.length;
  const m = stream.length;
  if (n === 0) return { similarity: 1, start: 0, end: 0 };
  if (m === 0) return { similarity: 0, start: 0, end: 0 };
  // cost[i][j]: cheapest alignment of pattern[0..i) ending at stream position j; origin[i][j]: its start in the stream.
  const cost: number[][] = [];
  const origin: number[][] = [];
  for (let i = 0; i <= n; i++) {
    cost.push(new Array<number>(m + 1).fill(0));
    origin.push(new Array<number>(m + 1).fill(0));
  }
  for (let j = 0; j <= m; j++) origin[0]![j] = j;
  for (let i = 1; i <= n; i++) {
    cost[i]![0] = i;
    origin[i]![0] = 0;
    for (let j = 1; j <= m; j++) {
      const p = pattern[i - 1]!;
      const s = stream[j - 1]!;
      const candidates: Array<[number, number]> = [
        [cost[i - 1]![j - 1]! + tokenCost(p, s), origin[i - 1]![j - 1]!],
        [cost[i - 1]![j]! + 1, origin[i - 1]![j]!],
        [cost[i]![j - 1]! + 1, origin[i]![j - 1]!],
      ];
      // Merges and splits only count as near matches; otherwise they would drop two tokens for the price of one.
      const merged = i >= 2 ? tokenCost(pattern[i - 2]! + p, s) : 1;
      if (merged < 1) candidates.push([cost[i - 2]![j - 1]! + merged, origin[i - 2]![j - 1]!]);
      const split = j >= 2 ? tokenCost(p, stream[j - 2]! + s) : 1;
      if (split < 1) candidates.push([cost[i - 1]![j - 2]! + split, origin[i - 1]![j - 2]!]);
      let best = candidates[0]!;
      for (const c of candidates) if (c[0] < best[0] - 1e-12 || (Math.abs(c[0] - best[0]) <= 1e-12 && c[1] > best[1])) best = c;
      cost[i]![j] = best[0];
      origin[i]![j] = best[1];
    }
  }
  let bestEnd = 0;
  for (let j = 1; j <= m; j++) if (cost[n]![j]! < cost[n]![bestEnd]! - 1e-12) bestEnd = j;
  const similarity = Math.max(0, 1 - cost[n]![bestEnd]! / n);
  return { similarity, start: origin[n]![bestEnd]!, end: bestEnd };
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
