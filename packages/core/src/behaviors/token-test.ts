/**
 * A test of one token against a set of words, inflection keys and stems, by vocabulary id. Tables indexed
 * by id are as long as the largest id in the set, and hundreds of patterns each have one, so most lookups
 * would miss the cache: a 32-bit signature of the ids (bit `id % 32`) answers most non-members first.
 */
import { FIELDS, FLAGS, HAS_STEMS, LEMMA_ID, WORD_ID, type MatchText } from './match-text.js';
import type { TokenSet } from './second-token.js';
import { registerLemma, registerStem, registerWord } from './vocabulary.js';

/** `any` passes every token. */
export interface TokenTest {
  any: boolean;
  words: Uint8Array;
  lemmas: Uint8Array;
  stems: readonly number[];
  /** Bit `id & 31` is set for each member id (see the top of the file). */
  wordSignature: number;
  lemmaSignature: number;
}

/** Membership table by id: ids registered after it was built are past its end, so not members. */
export function idTable(ids: number[]): Uint8Array {
  const table = new Uint8Array(ids.reduce((most, id) => Math.max(most, id), 0) + 1);
  for (const id of ids) table[id] = 1;
  return table;
}

export function hasStem(stems: readonly number[], wanted: number): boolean {
  for (let s = 0; s < stems.length; s++) if (stems[s] === wanted) return true;
  return false;
}

function signature(ids: number[]): number {
  let bits = 0;
  for (const id of ids) bits |= 1 << (id & 31);
  return bits;
}

export function tokenTest(tokens: TokenSet): TokenTest {
  const wordIds = [...tokens.words].map(registerWord);
  const lemmaIds = [...tokens.lemmas].map(registerLemma);
  return {
    any: tokens.any,
    words: idTable(wordIds),
    lemmas: idTable(lemmaIds),
    stems: [...tokens.stems].map(registerStem),
    wordSignature: signature(wordIds),
    lemmaSignature: signature(lemmaIds),
  };
}

/** Whether token `p` (an actual token, not the end of the text) passes `test`. */
export function tokenPasses(test: TokenTest, text: MatchText, p: number): boolean {
  if (test.any) return true;
  const { data } = text;
  const wordId = data[p * FIELDS + WORD_ID]!;
  if (((test.wordSignature >>> (wordId & 31)) & 1) !== 0 && test.words[wordId] === 1) return true;
  const lemmaId = data[p * FIELDS + LEMMA_ID]!;
  if (((test.lemmaSignature >>> (lemmaId & 31)) & 1) !== 0 && test.lemmas[lemmaId] === 1) return true;
  if (test.stems.length === 0 || (data[p * FIELDS + FLAGS]! & HAS_STEMS) === 0) return false;
  const stems = text.infos[p]!.stemIds;
  for (const stem of test.stems) if (hasStem(stems, stem)) return true;
  return false;
}
