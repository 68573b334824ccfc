/**
 * A learned fallback model: one sparse logistic regression per behavior or signal id, over the
 * normalized words of an utterance. Plain data (JSON-serializable), so it can be generated at build
 * time and handed to detectBehaviors.
 */

/** Feature kinds: a word, two adjacent words (utterance start and end count as words), two words one apart, a question mark. */
export const UNIGRAM = 0;
export const BIGRAM = 1;
export const SKIP_BIGRAM = 2;
export const QUESTION_MARK = 3;

/** Pseudo-words at vocabulary index 0 and 1: the utterance start and end, so "so to sum up" can weigh "starts with so". */
export const START_WORD = '^';
export const END_WORD = '$';

export interface LearnedIdModel {
  id: string;
  speaker: 'agent' | 'customer';
  bias: number;
  /** Detect when the score (log-odds) is at least this; chosen by leave-one-file-out cross-validation. */
  threshold: number;
}

export interface LearnedFeature {
  kind: number;
  /** Vocabulary indexes of the feature's words (b is 0 for unigrams and the question mark). */
  a: number;
  b: number;
  /** Indexes into `ids` and the weight for each: only the ids this feature moves. */
  slots: number[];
  weights: number[];
}

export interface LearnedModel {
  /** Inflection keys (lemma.ts) of the words the features use; index 0 and 1 are START_WORD and END_WORD. */
  vocabulary: string[];
  ids: LearnedIdModel[];
  features: LearnedFeature[];
}
