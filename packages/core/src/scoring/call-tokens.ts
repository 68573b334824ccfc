import type { Utterance } from '../call/call.js';
import { normalizeTokens } from './normalize-text.js';

/**
 * A call's normalized words, computed once and shared by every script criterion, intent criterion and keyword alert
 * that reads them. Cached by the utterance array, so a new call (or a copied one) never sees stale text.
 */
const tokensByCall = new WeakMap<readonly Utterance[], readonly string[][]>();

export function utteranceTokens(utterances: readonly Utterance[]): readonly string[][] {
  let tokens = tokensByCall.get(utterances);
  if (!tokens) {
    tokens = utterances.map((u) => normalizeTokens(u.text));
    tokensByCall.set(utterances, tokens);
  }
  return tokens;
}

/**
 * Each distinct word and adjacent word pair of a call under a small id, so matchers look each one up once per call
 * rather than once per occurrence.
 */
export interface CallVocabulary {
  /** Distinct words and adjacent word pairs (two words written together) of the call, by id. */
  texts: readonly string[];
  /** Per utterance, the id of each token. */
  tokenIds: readonly Int32Array[];
  /** Per utterance, at j >= 1 the id of tokens[j-1] + tokens[j]; -1 at 0. */
  pairIds: readonly Int32Array[];
}

const vocabularyByCall = new WeakMap<readonly Utterance[], CallVocabulary>();

export function callVocabulary(utterances: readonly Utterance[]): CallVocabulary {
  let vocabulary = vocabularyByCall.get(utterances);
  if (!vocabulary) {
    vocabulary = buildVocabulary(utteranceTokens(utterances));
    vocabularyByCall.set(utterances, vocabulary);
  }
  return vocabulary;
}

function buildVocabulary(tokens: readonly string[][]): CallVocabulary {
  const texts: string[] = [];
  const ids = new Map<string, number>();
  const idOf = (text: string) => {
    let id = ids.get(text);
    if (id === undefined) {
      id = texts.length;
      texts.push(text);
      ids.set(text, id);
    }
    return id;
  };
  const tokenIds: Int32Array[] = [];
  const pairIds: Int32Array[] = [];
  for (const words of tokens) {
    const wordIds = new Int32Array(words.length);
    const wordPairIds = new Int32Array(words.length);
    for (let j = 0; j < words.length; j++) {
      wordIds[j] = idOf(words[j]!);
      wordPairIds[j] = j >= 1 ? idOf(words[j - 1]! + words[j]!) : -1;
    }
    tokenIds.push(wordIds);
    pairIds.push(wordPairIds);
  }
  return { texts, tokenIds, pairIds };
}
