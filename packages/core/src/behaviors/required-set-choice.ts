/**
 * Which of a pattern's required word sets to check before trying it. The check only skips patterns
 * that cannot match, so any subset gives the same detections; the best one rules out the most
 * utterances for the fewest lookups: sets that the start word already satisfies are dropped, and
 * of the rest the ones least likely to occur (few words, no function words) are kept.
 */
import type { FirstWords, RequiredSet } from './pattern.js';

const MAX_CHECKED_SETS = 2;

/** Words in most utterances: a set containing one rules out almost nothing. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'i', 'you', 'we', 'it', 'is', 'are', 'am', 'be', 'was', 'to', 'of', 'for', 'in', 'on', 'at', 'and', 'or',
  'but', 'so', 'that', 'this', 'what', 'my', 'your', 'me', 'do', 'not', 'can', 'will', 'have', 'with', 'just', 'there', 'if',
]);

const COMMON_WORD_COST = 50;
const LEMMA_COST = 2;

function likelihood(set: RequiredSet): number {
  let cost = set.lemmas.size * LEMMA_COST;
  for (const word of set.words) cost += FUNCTION_WORDS.has(word) ? COMMON_WORD_COST : 1;
  return cost;
}

/** The set least likely to occur (the first of equals), or undefined when there are none. */
export function leastLikely(sets: readonly RequiredSet[]): RequiredSet | undefined {
  let best: RequiredSet | undefined;
  let bestCost = Infinity;
  for (const set of sets) {
    const cost = likelihood(set);
    if (cost < bestCost) {
      best = set;
      bestCost = cost;
    }
  }
  return best;
}

/** True when every token a match can start with belongs to `set`: it is present whenever the pattern is tried. */
function satisfiedByStart(set: RequiredSet, first: FirstWords): boolean {
  if (first.any || first.canBeEmpty || first.stems.length > 0) return false;
  for (const word of first.words) if (!set.words.has(word)) return false;
  for (const lemma of first.lemmas) if (!set.lemmas.has(lemma)) return false;
  return true;
}

export function chooseCheckedSets(sets: readonly RequiredSet[], first: FirstWords): RequiredSet[] {
  return leastLikelySets(sets.filter((set) => !satisfiedByStart(set, first)));
}

/** The sets to check for a pattern looked for anywhere in an utterance (a guard): any of them, the least likely first. */
export function leastLikelySets(sets: readonly RequiredSet[]): RequiredSet[] {
  return sets
    .map((set, order) => ({ set, order, cost: likelihood(set) }))
    .sort((a, b) => a.cost - b.cost || a.order - b.order)
    .slice(0, MAX_CHECKED_SETS)
    .map(({ set }) => set);
}
