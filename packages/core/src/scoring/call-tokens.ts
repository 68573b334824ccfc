import type { Utterance } from '../call/call.js';
import { normalizeTokens } from './normalize-text.js';

/**
 * Normalized tokens of every utterance of a call, computed once and shared by every script criterion, intent criterion
 * and keyword alert that reads them. Keyed by the utterance array, so a new call (or a copied one) never sees stale text.
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
