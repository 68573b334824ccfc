import type { Utterance } from '../call/call.js';
import { utteranceTokenIds } from './call-tokens.js';
import type { NearMatch, NearMatchIndex } from './near-match-index.js';
import { alignBestWindow, alignmentCosts, type WindowMatch } from './window-alignment.js';

/** A pattern's tokens as ids in a NearMatchIndex, with the ids of each adjacent pair said as one word. */
export interface IndexedPattern {
  tokens: readonly string[];
  tokenIds: Int32Array;
  /** mergedIds[i]: id of tokens[i-1] + tokens[i]; -1 at 0. */
  mergedIds: Int32Array;
}

/** A stream's near matches against an index: per token, and per adjacent token pair (stream[j-1] + stream[j]) at j. */
export interface IndexedStream {
  length: number;
  tokenMatches: ReadonlyArray<readonly NearMatch[]>;
  pairMatches: ReadonlyArray<readonly NearMatch[]>;
}

export function indexPattern(tokens: readonly string[], index: NearMatchIndex): IndexedPattern {
  const tokenIds = Int32Array.from(tokens, (t) => index.idOf(t));
  const mergedIds = Int32Array.from(tokens, (t, i) => (i >= 1 ? index.idOf(tokens[i - 1]! + t) : -1));
  return { tokens, tokenIds, mergedIds };
}

export function indexStream(stream: readonly string[], index: NearMatchIndex): IndexedStream {
  const tokenMatches = stream.map((token) => index.nearMatches(token));
  const pairMatches = stream.map((token, j) => (j >= 1 ? index.nearMatches(stream[j - 1]! + token) : []));
  return { length: stream.length, tokenMatches, pairMatches };
}

const NONE: readonly NearMatch[] = [];

/**
 * The agent's (or customer's) words across the given utterances as one stream, as indexStream would index their
 * concatenated tokens, with the utterance each token came from. Words and word pairs (also those spanning two
 * utterances) are looked up by process-wide word id.
 */
export function indexCallStream(index: NearMatchIndex, utterances: readonly Utterance[], included: readonly number[]): IndexedStream & { owner: number[] } {
  const tokenIds = utteranceTokenIds(utterances);
  const tokenMatches: Array<readonly NearMatch[]> = [];
  const pairMatches: Array<readonly NearMatch[]> = [];
  const owner: number[] = [];
  let previous = -1;
  for (const u of included) {
    const ids = tokenIds[u]!;
    for (let j = 0; j < ids.length; j++) {
      const id = ids[j]!;
      tokenMatches.push(index.wordMatches(id));
      pairMatches.push(previous < 0 ? NONE : index.pairMatches(previous, id));
      owner.push(u);
      previous = id;
    }
  }
  return { length: tokenMatches.length, tokenMatches, pairMatches, owner };
}

/** The same answer as bestWindowMatch(pattern.tokens, stream), filling only the near-match costs. */
export function alignIndexed(pattern: IndexedPattern, stream: IndexedStream): WindowMatch {
  const n = pattern.tokenIds.length;
  const m = stream.length;
  const costs = alignmentCosts(n, m);
  for (let j = 0; j < m; j++) {
    for (const { id, cost } of stream.tokenMatches[j]!) {
      for (let i = 0; i < n; i++) {
        if (pattern.tokenIds[i] === id) costs.single[i * m + j] = cost;
        if (pattern.mergedIds[i] === id) costs.merged[i * m + j] = cost;
      }
    }
    for (const { id, cost } of stream.pairMatches[j]!) {
      for (let i = 0; i < n; i++) if (pattern.tokenIds[i] === id) costs.split[i * m + j] = cost;
    }
  }
  return alignBestWindow(costs);
}
