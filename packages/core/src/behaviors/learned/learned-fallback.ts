/**
 * The learned fallback: in each utterance, the ids the catalog did not find there whose model score
 * reaches its threshold, each quoting the token window that carried the score.
 */
import type { Utterance } from '../../call/call.js';
import type { Detection } from '../../analysis/types.js';
import type { CompiledCatalog } from '../compile-catalog.js';
import { quoteOf, startMsOf } from '../detection-source.js';
import type { MatchText } from '../match-text.js';
import type { PhraseMatch } from '../phrase-matcher.js';
import { compiledLearnedModel, decisionScore, scoreWords, tokenContributions, wordIndexesOf, type CompiledLearnedModel } from './compiled-model.js';
import { evidenceWindow } from './evidence-window.js';
import type { LearnedModel } from './model.js';

/** Per catalog: which of the model's slots it lets the fallback add (a phrase entry with that id and speaker). */
const allowedSlots = new WeakMap<CompiledLearnedModel, WeakMap<CompiledCatalog, Uint8Array>>();

function allowedIn(model: CompiledLearnedModel, catalog: CompiledCatalog): Uint8Array {
  let byCatalog = allowedSlots.get(model);
  if (!byCatalog) allowedSlots.set(model, (byCatalog = new WeakMap()));
  let allowed = byCatalog.get(catalog);
  if (!allowed) {
    allowed = Uint8Array.from(model.ids, (m) =>
      catalog.entries.some(({ entry }) => entry.id === m.id && entry.speaker === m.speaker && entry.detector === 'phrase') ? 1 : 0,
    );
    byCatalog.set(catalog, allowed);
  }
  return allowed;
}

const NONE: readonly Detection[] = Object.freeze([]);
/** Reused from one utterance to the next (detection is synchronous). */
const scratch = { words: new Int32Array(64), scores: new Float64Array(32) };

/** What the learned fallback adds to one utterance: ids the catalog did not find there (`found`). */
export type LearnedFallback = (utterance: Utterance, utteranceIndex: number, text: MatchText, found: readonly PhraseMatch[]) => readonly Detection[];

/** The fallback of one model under one catalog, resolved once per call rather than once per turn. */
export function learnedFallback(learned: LearnedModel, catalog: CompiledCatalog): LearnedFallback {
  const model = compiledLearnedModel(learned);
  const allowed = allowedIn(model, catalog);
  if (scratch.scores.length < model.ids.length) scratch.scores = new Float64Array(model.ids.length);
  return (utterance, utteranceIndex, text, found) => {
    const speaker = utterance.speaker;
    if ((speaker !== 'agent' && speaker !== 'customer') || text.infos.length === 0) return NONE;
    if (scratch.words.length < text.infos.length) scratch.words = new Int32Array(text.infos.length * 2);
    const words = scratch.words;
    const n = wordIndexesOf(model, text, words);
    const scores = scoreWords(model, words, n, utterance.text.includes('?'), speaker, scratch.scores);
    let detections: Detection[] | undefined;
    for (let slot = 0; slot < model.ids.length; slot++) {
      const m = model.ids[slot]!;
      if (m.speaker !== speaker || allowed[slot] === 0 || decisionScore(model, scores, slot) < m.threshold || found.some((f) => catalog.entries[f.entryIndex]!.entry.id === m.id)) continue;
      const span = evidenceWindow(tokenContributions(model, words, n, slot));
      (detections ??= []).push({ id: m.id, speaker, utteranceIndex, startMs: startMsOf(utterance, text, span), quote: quoteOf(utterance, text, span) });
    }
    return detections ?? NONE;
  };
}
