import { ROLE, type WordInfo } from './word-roles.js';

const KIND_OF_DAMPING = -0.35;

/** "kind of", "sort of": `i` starts a dampener, not a word to score. `n` is the number of tokens. */
export function isKindOf(words: readonly WordInfo<unknown>[], i: number, n: number): boolean {
  return (words[i]!.roles & ROLE.kindOf) !== 0 && i + 1 < n && (words[i + 1]!.roles & ROLE.of) !== 0;
}

/** Index of a negator in the three tokens before `i` within the same clause (from `from`), or -1. */
export function negatorBefore(words: readonly WordInfo<unknown>[], clauseEnds: readonly boolean[], i: number, from: number): number {
  for (let k = i - 1; k >= from && k >= i - 3; k--) {
    if (clauseEnds[k]) return -1;
    const roles = words[k]!.roles;
    if ((roles & ROLE.negator) !== 0) {
      return (roles & ROLE.never) !== 0 && (words[i - 1]!.roles & ROLE.neverExclamative) !== 0 ? -1 : k;
    }
    if ((roles & ROLE.contrast) !== 0) return -1;
  }
  return -1;
}

/** Summed degree modifiers directly before `i` ("very", "a bit", "kind of"), the farther one slightly weaker. */
export function degreeBefore(words: readonly WordInfo<unknown>[], clauseEnds: readonly boolean[], i: number, from: number): number {
  let total = 0;
  for (let k = i - 1, distance = 1; k >= from && distance <= 2; k--, distance++) {
    if (clauseEnds[k]) break;
    const word = words[k]!;
    let degree = word.degree;
    if ((word.roles & ROLE.of) !== 0 && k > from && (words[k - 1]!.roles & ROLE.kindOf) !== 0) {
      degree = KIND_OF_DAMPING;
      k--;
    }
    if (degree === undefined) {
      if ((word.roles & ROLE.negator) !== 0) continue;
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
export function contrastWeights(words: readonly WordInfo<unknown>[], clauseEnds: readonly boolean[], from: number, to: number, out: number[]): void {
  for (let i = from; i < to; i++) out[i] = 1;
  let lastContrast = -1;
  for (let i = from + 1; i < to; i++) if ((words[i]!.roles & ROLE.contrast) !== 0) lastContrast = i;
  if (lastContrast > 0) {
    for (let i = from; i < lastContrast; i++) out[i] = CONTRAST_BEFORE;
    for (let i = lastContrast + 1; i < to; i++) out[i] = CONTRAST_AFTER_WEIGHT;
    return;
  }
  if (to > from && (words[from]!.roles & ROLE.concession) !== 0) {
    let i = from;
    while (i < to && !clauseEnds[i]) out[i++] = CONTRAST_BEFORE;
    if (i < to) out[i] = CONTRAST_BEFORE;
    for (let k = i + 1; k < to; k++) out[k] = CONTRAST_AFTER_WEIGHT;
  }
}
