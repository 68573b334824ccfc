/**
 * A learned model in the form detection reads: word indexes by inflection key, feature rows found by
 * integer keys, and each row's (id slot, weight) pairs in flat arrays.
 */
import type { MatchText } from '../match-text.js';
import { forEachFeature } from './feature-keys.js';
import { featureTable, rowFor, type FeatureTable } from './feature-table.js';
import { BIGRAM, QUESTION_MARK, SKIP_BIGRAM, UNIGRAM, type LearnedIdModel, type LearnedModel } from './model.js';

export interface CompiledLearnedModel {
  // indexByWordId grows in place as new catalog words are met.
  ids: readonly LearnedIdModel[];
  wordIndex: ReadonlyMap<string, number>;
  vocabularySize: number;
  /** Vocabulary index by the catalog vocabulary's word id (vocabulary.ts), filled as words are seen. */
  indexByWordId: Int32Array;
  unigramRow: Int32Array;
  /** Rows of the two-word features by pairKey(kind, a, b). */
  pairRows: FeatureTable;
  questionRow: number;
  /** Row r's pairs are rowSlot/rowWeight[rowStart[r] .. rowStart[r + 1]). */
  rowStart: Int32Array;
  rowSlot: Int32Array;
  rowWeight: Float64Array;
}

/** One int per two-word feature: fits 31 bits for vocabularies up to 32,000 words. */
function pairKey(size: number, kind: number, a: number, b: number): number {
  return ((kind - BIGRAM) * size + a) * size + b;
}

const NOT_LOOKED_UP = -2;
/** pairKey stays below 2^31 up to this vocabulary size. */
const MAX_VOCABULARY = 32_000;

const compiledModels = new WeakMap<LearnedModel, CompiledLearnedModel>();

export function compiledLearnedModel(model: LearnedModel): CompiledLearnedModel {
  const cached = compiledModels.get(model);
  if (cached) return cached;
  const size = model.vocabulary.length;
  if (size > MAX_VOCABULARY) throw new RangeError(`learned model vocabulary has ${size} words; at most ${MAX_VOCABULARY} fit its feature keys`);
  const unigramRow = new Int32Array(size).fill(-1);
  const pairs: Array<[number, number]> = [];
  let questionRow = -1;
  const weightCount = model.features.reduce((sum, f) => sum + f.slots.length, 0);
  const rowStart = new Int32Array(model.features.length + 1);
  const rowSlot = new Int32Array(weightCount);
  const rowWeight = new Float64Array(weightCount);
  let at = 0;
  model.features.forEach((f, row) => {
    if (f.kind === UNIGRAM) unigramRow[f.a] = row;
    else if (f.kind === BIGRAM || f.kind === SKIP_BIGRAM) pairs.push([pairKey(size, f.kind, f.a, f.b), row]);
    else if (f.kind === QUESTION_MARK) questionRow = row;
    rowStart[row] = at;
    f.slots.forEach((slot, k) => {
      rowSlot[at] = slot;
      rowWeight[at++] = f.weights[k]!;
    });
  });
  rowStart[model.features.length] = at;
  const compiled: CompiledLearnedModel = {
    ids: model.ids,
    wordIndex: new Map(model.vocabulary.map((w, i) => [w, i])),
    vocabularySize: size,
    indexByWordId: new Int32Array(0),
    unigramRow,
    pairRows: featureTable(pairs),
    questionRow,
    rowStart,
    rowSlot,
    rowWeight,
  };
  compiledModels.set(model, compiled);
  return compiled;
}

/** Vocabulary indexes of a prepared utterance's words (-1 for words the model does not know). */
export function wordIndexesOf(model: CompiledLearnedModel, text: MatchText, words = new Int32Array(text.infos.length)): Int32Array {
  const { infos } = text;
  let memo = model.indexByWordId;
  for (let t = 0; t < infos.length; t++) {
    const info = infos[t]!;
    // Words a catalog mentions have a vocabulary id: remember their index by it instead of hashing the string.
    const id = info.wordId;
    if (id === 0) {
      words[t] = model.wordIndex.get(info.lemma) ?? -1;
      continue;
    }
    if (id >= memo.length) {
      const grown = new Int32Array(Math.max(id + 1, memo.length * 2)).fill(NOT_LOOKED_UP);
      grown.set(memo);
      memo = model.indexByWordId = grown;
    }
    let index = memo[id]!;
    if (index === NOT_LOOKED_UP) memo[id] = index = model.wordIndex.get(info.lemma) ?? -1;
    words[t] = index;
  }
  return words;
}

/** The feature row of (kind, a, b), or -1. */
export function rowOf(model: CompiledLearnedModel, kind: number, a: number, b: number): number {
  if (kind === UNIGRAM) return model.unigramRow[a]!;
  if (kind === BIGRAM || kind === SKIP_BIGRAM) return rowFor(model.pairRows, pairKey(model.vocabularySize, kind, a, b));
  return model.questionRow;
}

/**
 * Log-odds per id slot (bias plus the weights of the features present). The same features as
 * forEachFeature, enumerated inline: this runs on every utterance of every call.
 */
export function scoreWords(model: CompiledLearnedModel, words: Int32Array, hasQuestionMark: boolean, scores = new Float64Array(model.ids.length)): Float64Array {
  const { ids, unigramRow, pairRows, vocabularySize: size, rowStart, rowSlot, rowWeight } = model;
  for (let s = 0; s < ids.length; s++) scores[s] = ids[s]!.bias;
  const n = words.length;
  let previous = 0;
  for (let t = 0; t <= n; t++) {
    const w = t < n ? words[t]! : 1;
    if (w < 0) {
      previous = w;
      continue;
    }
    // Up to three rows per token: the word, the pair it closes, the pair with the word two back.
    for (let kind = 0; kind < 3; kind++) {
      let row = -1;
      if (kind === 0) row = t < n ? unigramRow[w]! : -1;
      else if (kind === 1) row = previous >= 0 ? rowFor(pairRows, previous * size + w) : -1;
      else row = t >= 2 && t < n && words[t - 2]! >= 0 ? rowFor(pairRows, (size + words[t - 2]!) * size + w) : -1;
      if (row < 0) continue;
      for (let k = rowStart[row]!, end = rowStart[row + 1]!; k < end; k++) scores[rowSlot[k]!]! += rowWeight[k]!;
    }
    previous = w;
  }
  const q = model.questionRow;
  if (hasQuestionMark && q >= 0) for (let k = rowStart[q]!, end = rowStart[q + 1]!; k < end; k++) scores[rowSlot[k]!]! += rowWeight[k]!;
  return scores;
}

/**
 * The score a threshold is compared with: the log-odds, or -Infinity when the utterance's words do not
 * push toward the id at all (a bias alone never detects, so "mhm" or an unknown word finds nothing).
 */
export function decisionScore(model: CompiledLearnedModel, scores: Float64Array, slot: number): number {
  const score = scores[slot]!;
  return score > model.ids[slot]!.bias ? score : Number.NEGATIVE_INFINITY;
}

/** Each token's share of one slot's evidence: a feature's weight split evenly over the tokens it covers. */
export function tokenContributions(model: CompiledLearnedModel, words: Int32Array, slot: number): Float64Array {
  const shares = new Float64Array(words.length);
  const { rowStart, rowSlot, rowWeight } = model;
  forEachFeature(words, false, 0, 1, (kind, a, b, from, to) => {
    const row = rowOf(model, kind, a, b);
    if (row < 0) return;
    for (let k = rowStart[row]!; k < rowStart[row + 1]!; k++) {
      if (rowSlot[k] !== slot) continue;
      const share = rowWeight[k]! / (to - from);
      for (let t = from; t < to; t++) shares[t]! += share;
    }
  });
  return shares;
}
