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

/** The slots the fallback may add for each speaker, ascending. */
interface CandidateSlots {
  agent: Int32Array;
  customer: Int32Array;
}

/** Per catalog: the model's slots it lets the fallback add (a phrase entry with that id and speaker). */
const candidatesByModel = new WeakMap<CompiledLearnedModel, WeakMap<CompiledCatalog, CandidateSlots>>();

function candidateSlots(model: CompiledLearnedModel, catalog: CompiledCatalog): CandidateSlots {
  let byCatalog = candidatesByModel.get(model);
  if (!byCatalog) candidatesByModel.set(model, (byCatalog = new WeakMap()));
  let candidates = byCatalog.get(catalog);
  if (!candidates) {
    const allowed = (speaker: 'agent' | 'customer') =>
      Int32Array.from(
        model.ids.flatMap((m, slot) =>
          m.speaker === speaker && catalog.entries.some(({ entry }) => entry.id === m.id && entry.speaker === m.speaker && entry.detector === 'phrase') ? [slot] : [],
        ),
      );
    candidates = { agent: allowed('agent'), customer: allowed('customer') };
    byCatalog.set(catalog, candidates);
  }
  return candidates;
}

const NONE: readonly Detection[] = Object.freeze([]);
/** Reused from one utterance to the next (detection is synchronous). */
const scratch = { words: new Int32Array(64), scores: new Float64Array(32) };

/** What the learned fallback adds to one utterance: ids the catalog did not find there (`found`). */
export type LearnedFallback = (utterance: Utterance, utteranceIndex: number, text: MatchText, found: readonly PhraseMatch[]) => readonly Detection[];

/** The fallback of one model under one catalog, resolved once per call rather than once per turn. */
export function learnedFallback(learned: LearnedModel, catalog: CompiledCatalog): LearnedFallback {
  const model = compiledLearnedModel(learned);
  const candidates = candidateSlots(model, catalog);
  const thresholds = model.thresholds;
  if (scratch.scores.length < model.ids.length) scratch.scores = new Float64Array(model.ids.length);
  return (utterance, utteranceIndex, text, found) => {
    const speaker = utterance.speaker;
    if ((speaker !== 'agent' && speaker !== 'customer') || text.infos.length === 0) return NONE;
    if (scratch.words.length < text.infos.length) scratch.words = new Int32Array(text.infos.length * 2);
    const words = scratch.words;
    const n = wordIndexesOf(model, text, words);
    const scores = scoreWords(model, words, n, utterance.text.includes('?'), speaker, scratch.scores);
    let detections: Detection[] | undefined;
    const slots = candidates[speaker];
    for (let c = 0; c < slots.length; c++) {
      const slot = slots[c]!;
      if (decisionScore(model, scores, slot) < thresholds[slot]!) continue;
      const m = model.ids[slot]!;
      if (found.some((f) => catalog.entries[f.entryIndex]!.entry.id === m.id)) continue;
      const span = evidenceWindow(tokenContributions(model, words, n, slot));
      (detections ??= []).push({ id: m.id, speaker, utteranceIndex, startMs: startMsOf(utterance, text, span), quote: quoteOf(utterance, text, span) });
    }
    return detections ?? NONE;
  };
}
