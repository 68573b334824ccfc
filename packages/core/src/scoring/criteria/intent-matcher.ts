import type { Utterance } from '../../call/call.js';
import { utteranceTokenIds } from '../call-tokens.js';
import { alignIndexed, indexCallStream, indexPattern, type IndexedPattern, type IndexedStream } from '../indexed-alignment.js';
import { NearMatchIndex } from '../near-match-index.js';
import { normalizeTokens } from '../normalize-text.js';

/** Function words carry little of a phrase's meaning; paraphrase recall is computed over the rest. */
const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'is', 'are', 'am', 'was', 'be', 'to', 'of', 'for', 'with', 'in', 'on', 'at', 'and', 'or',
  'i', 'you', 'we', 'it', 'that', 'this', 'there', 'do', 'can', 'could', 'will', 'would', 'my', 'your', 'our',
  'me', 'us', 'so', 'just', 'please',
]);

export function contentTokens(tokens: readonly string[]): readonly string[] {
  const content = tokens.filter((t) => !FUNCTION_WORDS.has(t));
  return content.length > 0 ? content : tokens;
}

/** Word-set recall counts a phrase word as said when some utterance word is at least this similar. */
const RECALL_TOKEN_SIMILARITY = 0.8;
/** Slack for float rounding when an upper bound decides that an exact computation can be skipped. */
const BOUND_SLACK = 1e-9;

interface CompiledPhrase extends IndexedPattern {
  phrase: string;
  /** Distinct content-word ids: paraphrase recall is the share of these said. */
  contentIds: number[];
}

/** Per utterance: the cheapest cost of each vocabulary entry as one utterance word, and as one word or a word pair. */
interface UtteranceMinima {
  asWord: Float64Array;
  asWordOrPair: Float64Array;
}

/**
 * An intent criterion's phrases compiled once: tokens as ids in one near-match index, so each utterance is compared
 * through the few words it nearly shares with the phrases, and phrases that cannot beat the best so far are skipped.
 */
export class IntentMatcher {
  private readonly index = new NearMatchIndex();
  readonly phrases: readonly CompiledPhrase[];

  constructor(phrases: readonly string[]) {
    this.phrases = phrases.map((phrase) => {
      const tokens = normalizeTokens(phrase);
      const contentIds = [...new Set(contentTokens(tokens))].map((t) => this.index.idOf(t));
      return { phrase, contentIds, ...indexPattern(tokens, this.index) };
    });
    this.asWord = new Float64Array(this.index.size);
    this.asWordOrPair = new Float64Array(this.index.size);
  }

  /**
   * The best (utterance, phrase) pair over the given utterances, identical to comparing every phrase with every
   * utterance by phraseSimilarity: the first pair wins ties, a later one must beat it by more than 1e-12.
   */
  bestMatch(utterances: readonly Utterance[], searched: readonly number[]): { index: number; phrase: string; similarity: number } | undefined {
    let best: { index: number; phrase: string; similarity: number } | undefined;
    const tokenIds = utteranceTokenIds(utterances);
    for (const index of searched) {
      const minima = this.minimaOf(tokenIds[index]!);
      // The utterance as an indexed stream only when some phrase needs the full alignment.
      let stream: IndexedStream | undefined;
      const streamOf = () => (stream ??= indexCallStream(this.index, utterances, [index]));
      for (const phrase of this.phrases) {
        const floor = best === undefined ? -Infinity : best.similarity + 1e-12;
        const similarity = this.similarityAbove(phrase, minima, streamOf, floor);
        if (similarity !== undefined && (!best || similarity > best.similarity + 1e-12)) best = { index, phrase: phrase.phrase, similarity };
      }
    }
    return best;
  }

  /** The phrase's similarity to the utterance, or undefined when it provably cannot exceed `floor`. */
  private similarityAbove(phrase: CompiledPhrase, minima: UtteranceMinima, streamOf: () => IndexedStream, floor: number): number | undefined {
    if (phrase.tokenIds.length === 0) return 1;
    const recall = recallOf(phrase, minima.asWord);
    if (recall === 1) return 1;
    const windowBound = windowSimilarityBound(phrase, minima);
    if (Math.max(windowBound, recall) + BOUND_SLACK < floor) return undefined;
    if (windowBound + BOUND_SLACK < recall) return recall;
    return Math.max(alignIndexed(phrase, streamOf()).similarity, recall);
  }

  private readonly asWord: Float64Array;
  private readonly asWordOrPair: Float64Array;

  /** Filled per utterance (its word ids) into buffers reused across utterances: only one is compared at a time. */
  private minimaOf(ids: Int32Array): UtteranceMinima {
    const { asWord, asWordOrPair, index } = this;
    asWord.fill(1);
    for (let j = 0; j < ids.length; j++) for (const { id, cost } of index.wordMatches(ids[j]!)) if (cost < asWord[id]!) asWord[id] = cost;
    asWordOrPair.set(asWord);
    for (let j = 1; j < ids.length; j++) {
      for (const { id, cost } of index.pairMatches(ids[j - 1]!, ids[j]!)) if (cost < asWordOrPair[id]!) asWordOrPair[id] = cost;
    }
    return { asWord, asWordOrPair };
  }
}

/** Share of the phrase's distinct content words said (fuzzily) anywhere in the utterance: tokenSetRecall's answer. */
function recallOf(phrase: CompiledPhrase, asWord: Float64Array): number {
  let found = 0;
  for (const id of phrase.contentIds) if (1 - asWord[id]! >= RECALL_TOKEN_SIMILARITY) found++;
  return found / phrase.contentIds.length;
}

/**
 * An upper bound on the in-order window similarity: every phrase token costs at least its cheapest match as a word
 * or split word, or half of a merge with a neighbour (a merge covers two tokens), and at most 1 (dropped).
 */
function windowSimilarityBound(phrase: CompiledPhrase, minima: UtteranceMinima): number {
  const n = phrase.tokenIds.length;
  let lowestCost = 0;
  for (let i = 0; i < n; i++) {
    let cost = minima.asWordOrPair[phrase.tokenIds[i]!]!;
    if (i >= 1) cost = Math.min(cost, halfMergeCost(minima.asWord[phrase.mergedIds[i]!]!));
    if (i + 1 < n) cost = Math.min(cost, halfMergeCost(minima.asWord[phrase.mergedIds[i + 1]!]!));
    lowestCost += cost;
  }
  return Math.max(0, 1 - lowestCost / n);
}

function halfMergeCost(mergeCost: number): number {
  return mergeCost < 1 ? mergeCost / 2 : 1;
}

const matchers = new WeakMap<readonly string[], IntentMatcher>();

/** The compiled matcher for a criterion's phrase list, built on first use and kept as long as the rubric is. */
export function intentMatcherFor(phrases: readonly string[]): IntentMatcher {
  let matcher = matchers.get(phrases);
  if (!matcher) {
    matcher = new IntentMatcher(phrases);
    matchers.set(phrases, matcher);
  }
  return matcher;
}
