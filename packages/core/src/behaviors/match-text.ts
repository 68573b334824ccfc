/**
 * The matcher's form of a normalized utterance: per token, the shared description of its word
 * (vocabulary.ts) and, flat in one int array, what matching and quoting read.
 */
import { vocabularyVersion, wordInfo, type WordInfo } from './vocabulary.js';

/** Ints per position in MatchText.data, in this order: word id, inflection key id, character span, flags. */
export const FIELDS = 5;
export const WORD_ID = 0;
export const LEMMA_ID = 1;
/** Character span in the original text (expanded contractions share the span). */
export const START = 2;
export const END = 3;
export const FLAGS = 4;
/** Token p opens a clause (utterance start, after punctuation or a discourse marker). */
export const CLAUSE_START = 1;
/** A clause can end before token p (p up to the token count): text end, punctuation, or a conjunction. */
export const CLAUSE_END = 2;
/** The word starts with a registered stem (see WordInfo.stemIds). */
export const HAS_STEMS = 4;

export interface MatchText {
  infos: WordInfo[];
  /**
   * FIELDS ints for each position 0..infos.length (the last position holds only its clause flags). A plain
   * array: one is allocated per utterance, and small typed arrays cost far more to allocate and collect.
   */
  data: number[];
  /** Vocabulary version the ids were taken under (see refreshIds). */
  version: number;
}

/** Re-takes the ids of a text prepared before the vocabulary last grew, so they are current. */
export function refreshIds(text: MatchText): void {
  if (text.version === vocabularyVersion()) return;
  const { infos, data } = text;
  for (let t = 0; t < infos.length; t++) {
    const info = (infos[t] = wordInfo(infos[t]!.word));
    data[t * FIELDS + WORD_ID] = info.wordId;
    data[t * FIELDS + LEMMA_ID] = info.lemmaId;
    data[t * FIELDS + FLAGS] = (data[t * FIELDS + FLAGS]! & ~HAS_STEMS) | (info.stemIds.length > 0 ? HAS_STEMS : 0);
  }
  text.version = vocabularyVersion();
}
