/**
 * A learned model in the form detection reads, one part per speaker (an agent turn never adds up
 * customer-signal weights): per word and per word pair, the range of its (id slot, weight) pairs.
 */
import type { MatchText } from '../match-text.js';
import { cellFor, featureTable, type FeatureTable } from './feature-table.js';
import { BIGRAM, END_WORD, QUESTION_MARK, SKIP_BIGRAM, START_WORD, UNIGRAM, type LearnedIdModel, type LearnedModel } from './model.js';

export interface SpeakerWeights {
  /** [start, end) into `weights` of each word's own feature, two ints per vocabulary index. */
  unigram: Int32Array;
  /** Ranges of the two-word features by pairKey(kind, a, b). */
  pairs: FeatureTable;
  /**
   * Per vocabulary index, whether the word opens (bit ADJACENT or ONE_APART) or closes (bit << 2) a
   * two-word feature: most pairs of words in a turn are no feature, and two byte reads rule them out
   * before a table lookup.
   */
  pairEnds: Uint8Array;
  question: readonly [number, number];
  /** The id slot and weight of each pair. */
  slots: Int32Array;
  weights: Float64Array;
}

export interface CompiledLearnedModel {
  ids: readonly LearnedIdModel[];
  /** ids[slot].bias and .threshold side by side in flat arrays: every utterance reads them. */
  biases: Float64Array;
  thresholds: Float64Array;
  wordIndex: ReadonlyMap<string, number>;
  vocabularySize: number;
  /** Vocabulary index by the catalog vocabulary's word id (vocabulary.ts), filled in as words are met. */
  indexByWordId: Int32Array;
  speakers: { agent: SpeakerWeights; customer: SpeakerWeights };
}

/** One int per two-word feature: fits 31 bits for vocabularies up to MAX_VOCABULARY words. */
function pairKey(size: number, kind: number, a: number, b: number): number {
  return ((kind - BIGRAM) * size + a) * size + b;
}

const NOT_LOOKED_UP = -2;
const MAX_VOCABULARY = 32_000;
const ADJACENT = 1;
const ONE_APART = 2;
const START_INDEX = 0;
const END_INDEX = 1;

function speakerWeights(model: LearnedModel, speaker: 'agent' | 'customer'): SpeakerWeights {
  const size = model.vocabulary.length;
  const mine = model.ids.map((m) => m.speaker === speaker);
  const unigram = new Int32Array(size * 2);
  const pairs: Array<[number, number, number]> = [];
  const pairEnds = new Uint8Array(size);
  let question: [number, number] = [0, 0];
  const slots: number[] = [];
  const weights: number[] = [];
  for (const f of model.features) {
    const start = weights.length;
    f.slots.forEach((s, k) => {
      if (!mine[s]) return;
      slots.push(s);
      weights.push(f.weights[k]!);
    });
    const end = weights.length;
    if (end === start) continue;
    if (f.kind === UNIGRAM) unigram.set([start, end], f.a * 2);
    else if (f.kind === BIGRAM || f.kind === SKIP_BIGRAM) {
      pairs.push([pairKey(size, f.kind, f.a, f.b), start, end]);
      const bit = f.kind === BIGRAM ? ADJACENT : ONE_APART;
      pairEnds[f.a]! |= bit;
      pairEnds[f.b]! |= bit << 2;
    }
    else if (f.kind === QUESTION_MARK) question = [start, end];
  }
  return { unigram, pairs: featureTable(pairs), pairEnds, question, slots: Int32Array.from(slots), weights: Float64Array.from(weights) };
}

const compiledModels = new WeakMap<LearnedModel, CompiledLearnedModel>();

export function compiledLearnedModel(model: LearnedModel): CompiledLearnedModel {
  const cached = compiledModels.get(model);
  if (cached) return cached;
  const size = model.vocabulary.length;
  if (size > MAX_VOCABULARY) throw new RangeError(`learned model vocabulary has ${size} words; at most ${MAX_VOCABULARY} fit its feature keys`);
  if (model.vocabulary[START_INDEX] !== START_WORD || model.vocabulary[END_INDEX] !== END_WORD) throw new RangeError('learned model vocabulary must start with the start and end marks');
  const compiled: CompiledLearnedModel = {
    ids: model.ids,
    biases: Float64Array.from(model.ids, (m) => m.bias),
    thresholds: Float64Array.from(model.ids, (m) => m.threshold),
    wordIndex: new Map(model.vocabulary.map((w, i) => [w, i])),
    vocabularySize: size,
    indexByWordId: new Int32Array(0),
    speakers: { agent: speakerWeights(model, 'agent'), customer: speakerWeights(model, 'customer') },
  };
  compiledModels.set(model, compiled);
  return compiled;
}

/**
 * Writes the vocabulary indexes of a prepared utterance's words into `words` (-1 for words the model
 * does not know) and returns how many there are.
 */
export function wordIndexesOf(model: CompiledLearnedModel, text: MatchText, words: Int32Array): number {
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
  return infos.length;
}

/** Vocabulary indexes of a whole utterance in a new array (training and tests; detection reuses a buffer). */
export function wordIndexesIn(model: CompiledLearnedModel, text: MatchText): Int32Array {
  const words = new Int32Array(text.infos.length);
  wordIndexesOf(model, text, words);
  return words;
}

/** [start, end) of the speaker's weights for feature (kind, a, b); empty when it has none. */
export function weightRange(model: CompiledLearnedModel, speaker: 'agent' | 'customer', kind: number, a: number, b: number): [number, number] {
  const sw = model.speakers[speaker];
  if (kind === UNIGRAM) return [sw.unigram[a * 2]!, sw.unigram[a * 2 + 1]!];
  if (kind === QUESTION_MARK) return [...sw.question];
  const cell = cellFor(sw.pairs, pairKey(model.vocabularySize, kind, a, b));
  return cell < 0 ? [0, 0] : [sw.pairs.cells[cell + 1]!, sw.pairs.cells[cell + 2]!];
}

/**
 * Log-odds of each of the speaker's id slots (bias plus the weights of the features present; other
 * speakers' slots keep their bias). The same features as forEachFeature, enumerated inline: this
 * runs on every utterance of every call.
 */
export function scoreWords(
  model: CompiledLearnedModel,
  words: Int32Array,
  n: number,
  hasQuestionMark: boolean,
  speaker: 'agent' | 'customer',
  scores = new Float64Array(model.ids.length),
): Float64Array {
  const size = model.vocabularySize;
  const sw = model.speakers[speaker];
  const { unigram, pairs, pairEnds, slots, weights } = sw;
  const cells = pairs.cells;
  scores.set(model.biases);
  let previous = START_INDEX;
  for (let t = 0; t < n; t++) {
    const w = words[t]!;
    if (w >= 0) {
      for (let k = unigram[w * 2]!, end = unigram[w * 2 + 1]!; k < end; k++) scores[slots[k]!]! += weights[k]!;
      const closes = pairEnds[w]! >> 2;
      if (closes !== 0) {
        if (previous >= 0 && closes & pairEnds[previous]! & ADJACENT) {
          const cell = cellFor(pairs, previous * size + w);
          if (cell >= 0) for (let k = cells[cell + 1]!, end = cells[cell + 2]!; k < end; k++) scores[slots[k]!]! += weights[k]!;
        }
        const before = t >= 2 ? words[t - 2]! : -1;
        if (before >= 0 && closes & pairEnds[before]! & ONE_APART) {
          const cell = cellFor(pairs, (size + before) * size + w);
          if (cell >= 0) for (let k = cells[cell + 1]!, end = cells[cell + 2]!; k < end; k++) scores[slots[k]!]! += weights[k]!;
        }
      }
    }
    previous = w;
  }
  // the end mark closes one pair, with the last word
  if (previous >= 0 && (pairEnds[END_INDEX]! >> 2) & pairEnds[previous]! & ADJACENT) {
    const cell = cellFor(pairs, previous * size + END_INDEX);
    if (cell >= 0) for (let k = cells[cell + 1]!, end = cells[cell + 2]!; k < end; k++) scores[slots[k]!]! += weights[k]!;
  }
  if (hasQuestionMark) {
    for (let k = sw.question[0], end = sw.question[1]; k < end; k++) scores[slots[k]!]! += weights[k]!;
  }
  return scores;
}

/**
 * The score a threshold is compared with: the log-odds, or -Infinity when the utterance's words do not
 * push toward the id at all (a bias alone never detects, so "mhm" or an unknown word finds nothing).
 */
export function decisionScore(model: CompiledLearnedModel, scores: Float64Array, slot: number): number {
  const score = scores[slot]!;
  return score > model.biases[slot]! ? score : Number.NEGATIVE_INFINITY;
}

/**
 * Each token's share of one slot's evidence: a feature's weight split evenly over the tokens it covers
 * (the same features as scoreWords; the end mark's pair counts for the last token).
 */
export function tokenContributions(model: CompiledLearnedModel, words: Int32Array, n: number, slot: number): Float64Array {
  const shares = new Float64Array(n);
  const { vocabularySize: size } = model;
  const { unigram, pairs, slots, weights } = model.speakers[model.ids[slot]!.speaker];
  const cells = pairs.cells;
  const weightIn = (start: number, end: number): number => {
    for (let k = start; k < end; k++) if (slots[k] === slot) return weights[k]!;
    return 0;
  };
  let previous = START_INDEX;
  for (let t = 0; t <= n; t++) {
    const w = t < n ? words[t]! : END_INDEX;
    if (w < 0) {
      previous = w;
      continue;
    }
    if (t < n) shares[t]! += weightIn(unigram[w * 2]!, unigram[w * 2 + 1]!);
    if (previous >= 0) {
      const cell = cellFor(pairs, previous * size + w);
      const share = cell < 0 ? 0 : weightIn(cells[cell + 1]!, cells[cell + 2]!);
      if (t === 0) shares[0]! += share;
      else if (t === n) shares[n - 1]! += share;
      else {
        shares[t - 1]! += share / 2;
        shares[t]! += share / 2;
      }
    }
    const before = t >= 2 && t < n ? words[t - 2]! : -1;
    if (before >= 0) {
      const cell = cellFor(pairs, (size + before) * size + w);
      const share = cell < 0 ? 0 : weightIn(cells[cell + 1]!, cells[cell + 2]!) / 3;
      for (let k = t - 2; k <= t; k++) shares[k]! += share;
    }
    previous = w;
  }
  return shares;
}
