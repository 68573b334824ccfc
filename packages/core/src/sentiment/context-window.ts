import { CONCESSION_OPENERS, CONTRAST_AFTER, DEGREE_MODIFIERS, NEGATORS } from './modifiers.js';

const KIND_OF = new Set(['kind', 'sort', 'kinda', 'sorta']);
const KIND_OF_DAMPING = -0.35;
/** "I have never been so happy", "never slept this well": an exclamative comparison that intensifies, not a negation. */
const NEVER_EXCLAMATIVE: ReadonlySet<string> = new Set(['so', 'this', 'such']);

export function isKindOf(words: readonly string[], i: number): boolean {
  return KIND_OF.has(words[i]!) && words[i + 1] === 'of';
}

/** Index of a negator in the three tokens before `i` within the same clause (from `from`), or -1. */
export function negatorBefore(words: readonly string[], clauseEnds: readonly boolean[], i: number, from: number): number {
  for (let k = i - 1; k >= from && k >= i - 3; k--) {
    if (clauseEnds[k]) return -1;
    const word = words[k]!;
    if (NEGATORS.has(word)) return word === 'never' && NEVER_EXCLAMATIVE.has(words[i - 1]!) ? -1 : k;
    if (CONTRAST_AFTER.has(word)) return -1;
  }
  return -1;
}

/** Summed degree modifiers directly before `i` ("very", "a bit", "kind of"), the farther one slightly weaker. */
export function degreeBefore(words: readonly string[], clauseEnds: readonly boolean[], i: number, from: number): number {
  let total = 0;
  for (let k = i - 1, distance = 1; k >= from && distance <= 2; k--, distance++) {
    if (clauseEnds[k]) break;
    const word = words[k]!;
    let degree = DEGREE_MODIFIERS.get(word);
    if (word === 'of' && k > from && KIND_OF.has(words[k - 1]!)) {
      degree = KIND_OF_DAMPING;
      k--;
    }
    if (degree === undefined) {
      if (NEGATORS.has(word)) continue;
      break;
    }
    total += distance === 1 ? degree : degree * 0.9;
  }
  return total;
}

export const CONTRAST_BEFORE = 0.5;
export const CONTRAST_AFTER_WEIGHT = 1.5;

/**
 * Per-token weights for one sentence [from, to): after "but"/"however" the rest weighs more and what came
 * before less; a leading "although ..." clause weighs less than the main clause after it.
 */
export function contrastWeights(words: readonly string[], clauseEnds: readonly boolean[], from: number, to: number, out: number[]): void {
  for (let i = from; i < to; i++) out[i] = 1;
  let lastContrast = -1;
  for (let i = from + 1; i < to; i++) if (CONTRAST_AFTER.has(words[i]!)) lastContrast = i;
  if (lastContrast > 0) {
    for (let i = from; i < lastContrast; i++) out[i] = CONTRAST_BEFORE;
    for (let i = lastContrast + 1; i < to; i++) out[i] = CONTRAST_AFTER_WEIGHT;
    return;
  }
  if (to > from && CONCESSION_OPENERS.has(words[from]!)) {
    let i = from;
    while (i < to && !clauseEnds[i]) out[i++] = CONTRAST_BEFORE;
    if (i < to) out[i] = CONTRAST_BEFORE;
    for (let k = i + 1; k < to; k++) out[k] = CONTRAST_AFTER_WEIGHT;
  }
}
