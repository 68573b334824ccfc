import type { Utterance } from '../call/call.js';
import { normalizedTokenIds } from './token-ids.js';
import { wordIdGeneration } from './word-ids.js';

/**
 * A call's normalized words as process-wide word ids (see word-ids.ts), computed once and shared by every script
 * criterion, intent criterion and keyword alert that reads them. Cached by the utterance array, so a new call (or a
 * copied one) never sees stale text, and recomputed if the word ids were forgotten since.
 */
interface CallTokenIds { ids: readonly Int32Array[]; generation: number }
const idsByCall = new WeakMap<readonly Utterance[], CallTokenIds>();

export function utteranceTokenIds(utterances: readonly Utterance[]): readonly Int32Array[] {
  let cached = idsByCall.get(utterances);
  if (!cached || cached.generation !== wordIdGeneration()) {
    let generation: number;
    let ids: Int32Array[];
    do {
      generation = wordIdGeneration();
      ids = utterances.map((u) => normalizedTokenIds(u.text));
    } while (generation !== wordIdGeneration());
    cached = { ids, generation };
    idsByCall.set(utterances, cached);
  }
  return cached.ids;
}
