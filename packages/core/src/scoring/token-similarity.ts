/**
 * Approximate matching of a token sequence (a script, a phrase) inside a longer token stream (what the agent said).
 * Token substitutions cost their character edit distance (so "an" for "and" is cheap), and one token may stand
 * for two ("maybe" for "may be") because ASR often merges or splits words.
 */

let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

export function charEditDistance(a: string, b: string): number {
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
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const deletion = previous[j]! + 1;
      const insertion = current[j - 1]! + 1;
      current[j] = substitution < deletion ? (substitution < insertion ? substitution : insertion) : deletion < insertion ? deletion : insertion;
    }
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
  const ratio = charEditDistance(a, b) / longest;
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
  // Rolling rows of the alignment table: cost of aligning pattern[0..i) ending at stream position j, and where in the
  // stream that alignment starts. Three rows because a merge ("may be" -> "maybe") looks back two pattern tokens.
  let before = new Float64Array(m + 1);
  let previous = new Float64Array(m + 1);
  let current = new Float64Array(m + 1);
  let beforeOrigin = new Int32Array(m + 1);
  let previousOrigin = new Int32Array(m + 1);
  let currentOrigin = new Int32Array(m + 1);
  for (let j = 0; j <= m; j++) previousOrigin[j] = j; // row 0: the match may start anywhere, for free
  const streamPairs = stream.map((token, j) => (j >= 1 ? stream[j - 1]! + token : ''));
  for (let i = 1; i <= n; i++) {
    const p = pattern[i - 1]!;
    const merged = i >= 2 ? pattern[i - 2]! + p : '';
    current[0] = i;
    currentOrigin[0] = 0;
    for (let j = 1; j <= m; j++) {
      const s = stream[j - 1]!;
      const choice = { best: previous[j - 1]! + tokenCost(p, s), origin: previousOrigin[j - 1]! };
      consider(choice, previous[j]! + 1, previousOrigin[j]!);
      consider(choice, current[j - 1]! + 1, currentOrigin[j - 1]!);
      // Merges and splits only count as near matches; otherwise they would drop two tokens for the price of one.
      if (i >= 2) {
        const cost = tokenCost(merged, s);
        if (cost < 1) consider(choice, before[j - 1]! + cost, beforeOrigin[j - 1]!);
      }
      if (j >= 2) {
        const cost = tokenCost(p, streamPairs[j - 1]!);
        if (cost < 1) consider(choice, previous[j - 2]! + cost, previousOrigin[j - 2]!);
      }
      current[j] = choice.best;
      currentOrigin[j] = choice.origin;
    }
    [before, previous, current] = [previous, current, before];
    [beforeOrigin, previousOrigin, currentOrigin] = [previousOrigin, currentOrigin, beforeOrigin];
  }
  // After the last swap, `previous` holds row n.
  let bestEnd = 1;
  for (let j = 2; j <= m; j++) if (previous[j]! < previous[bestEnd]! - EPSILON) bestEnd = j;
  const similarity = Math.max(0, 1 - previous[bestEnd]! / n);
  return { similarity, start: previousOrigin[bestEnd]!, end: bestEnd };
}

const EPSILON = 1e-12;

/** Keeps the cheaper alignment; on a tie, the later start (the shorter window). */
function consider(choice: { best: number; origin: number }, cost: number, from: number): void {
  if (cost < choice.best - EPSILON || (Math.abs(cost - choice.best) <= EPSILON && from > choice.origin)) {
    choice.best = cost;
    choice.origin = from;
  }
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
