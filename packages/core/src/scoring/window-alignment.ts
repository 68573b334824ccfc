/**
 * The alignment behind script and phrase matching, on precomputed token costs: callers fill the cost tables however
 * is cheapest (every pair, or only the few near matches from an index) and get the same answer either way.
 */

export interface WindowMatch {
  /** 1 - (edit cost / script length), in [0, 1]. */
  similarity: number;
  /** Token positions in the stream, inclusive start, exclusive end. */
  start: number;
  end: number;
}

/**
 * Token costs of one pattern against one stream, row-major by pattern position (`i * m + j`), each in [0, 1]:
 * `single` pattern token i for stream token j; `merged` pattern tokens i-1 and i said as stream token j ("maybe" for
 * "may be"); `split` pattern token i said as stream tokens j-1 and j.
 */
export interface AlignmentCosts {
  n: number;
  m: number;
  single: Float64Array;
  merged: Float64Array;
  split: Float64Array;
}

let scratch: AlignmentCosts = { n: 0, m: 0, single: new Float64Array(256), merged: new Float64Array(256), split: new Float64Array(256) };

/** Cost tables for an n-token pattern against an m-token stream, every cost 1 (no match). Reused between calls. */
export function alignmentCosts(n: number, m: number): AlignmentCosts {
  const size = n * m;
  if (scratch.single.length < size) {
    const capacity = size * 2;
    scratch = { n, m, single: new Float64Array(capacity), merged: new Float64Array(capacity), split: new Float64Array(capacity) };
  }
  scratch.n = n;
  scratch.m = m;
  scratch.single.fill(1, 0, size);
  scratch.merged.fill(1, 0, size);
  scratch.split.fill(1, 0, size);
  return scratch;
}

const EPSILON = 1e-12;

interface AlignmentRows {
  before: Float64Array;
  previous: Float64Array;
  current: Float64Array;
  beforeOrigin: Int32Array;
  previousOrigin: Int32Array;
  currentOrigin: Int32Array;
}

let rowScratch: AlignmentRows | undefined;

/** Zeroed rows of at least `length` cells, reused between alignments (they never nest). */
function alignmentRows(length: number): AlignmentRows {
  if (!rowScratch || rowScratch.before.length < length) {
    const capacity = Math.max(64, length * 2);
    rowScratch = {
      before: new Float64Array(capacity), previous: new Float64Array(capacity), current: new Float64Array(capacity),
      beforeOrigin: new Int32Array(capacity), previousOrigin: new Int32Array(capacity), currentOrigin: new Int32Array(capacity),
    };
  }
  for (const row of Object.values(rowScratch)) row.fill(0, 0, length);
  return rowScratch;
}

/**
 * Best match of the pattern anywhere in the stream (semi-global alignment: free start and end in the stream).
 * Deterministic: on equal cost the earliest window wins; within one end position, the later start (shorter window).
 */
export function alignBestWindow(costs: AlignmentCosts): WindowMatch {
  const { n, m, single, merged, split } = costs;
  if (n === 0) return { similarity: 1, start: 0, end: 0 };
  if (m === 0) return { similarity: 0, start: 0, end: 0 };
  // Rolling rows of the alignment table: cost of aligning pattern[0..i) ending at stream position j, and where in the
  // stream that alignment starts. Three rows because a merge ("may be" -> "maybe") looks back two pattern tokens.
  const rows = alignmentRows(m + 1);
  let { before, previous, current, beforeOrigin, previousOrigin, currentOrigin } = rows;
  for (let j = 0; j <= m; j++) previousOrigin[j] = j; // row 0: the match may start anywhere, for free
  for (let i = 1; i <= n; i++) {
    const row = (i - 1) * m;
    current[0] = i;
    currentOrigin[0] = 0;
    for (let j = 1; j <= m; j++) {
      let best = previous[j - 1]! + single[row + j - 1]!;
      let origin = previousOrigin[j - 1]!;
      // Each candidate replaces the best when cheaper, or equally cheap with a later start (the shorter window).
      let cost = previous[j]! + 1;
      let from = previousOrigin[j]!;
      if (cost < best - EPSILON || (Math.abs(cost - best) <= EPSILON && from > origin)) { best = cost; origin = from; }
      cost = current[j - 1]! + 1;
      from = currentOrigin[j - 1]!;
      if (cost < best - EPSILON || (Math.abs(cost - best) <= EPSILON && from > origin)) { best = cost; origin = from; }
      // Merges and splits only count as near matches; otherwise they would drop two tokens for the price of one.
      if (i >= 2) {
        const mergeCost = merged[row + j - 1]!;
        if (mergeCost < 1) {
          cost = before[j - 1]! + mergeCost;
          from = beforeOrigin[j - 1]!;
          if (cost < best - EPSILON || (Math.abs(cost - best) <= EPSILON && from > origin)) { best = cost; origin = from; }
        }
      }
      if (j >= 2) {
        const splitCost = split[row + j - 1]!;
        if (splitCost < 1) {
          cost = previous[j - 2]! + splitCost;
          from = previousOrigin[j - 2]!;
          if (cost < best - EPSILON || (Math.abs(cost - best) <= EPSILON && from > origin)) { best = cost; origin = from; }
        }
      }
      current[j] = best;
      currentOrigin[j] = origin;
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
