import type { Utterance } from '../call/call.js';
import type { Detection } from '../analysis/types.js';
import type { NormalizedText } from './normalize.js';
import type { Span } from './phrase-matcher.js';

/** The original text a token span came from: the quote is what was said, not the normalized form. */
export function quoteOf(utterance: Utterance, text: NormalizedText, span: Span): string {
  const first = text.tokens[span.from];
  const last = text.tokens[span.to - 1];
  if (!first || !last) return utterance.text.trim();
  return utterance.text.slice(first.start, last.end);
}

/** Start time of a span: the matching word's time when the utterance has word timings, else the utterance start. */
export function startMsOf(utterance: Utterance, text: NormalizedText, span: Span): number {
  const words = utterance.words;
  const first = text.tokens[span.from];
  if (!words || words.length === 0 || !first) return utterance.startMs;
  // Word k of the transcript is the k-th whitespace-separated chunk before the match's first character.
  const before = utterance.text.slice(0, first.start).trim();
  const k = before === '' ? 0 : before.split(/\s+/).length;
  return words[Math.min(k, words.length - 1)]!.startMs;
}

const MAX_TIMING_QUOTE = 120;

/** Timing detections have no phrase: they quote the utterance they point at, shortened. */
export function timingDetection(id: string, utterances: Utterance[], index: number): Detection {
  const utterance = utterances[index]!;
  const text = utterance.text.trim();
  const quote = text.length > MAX_TIMING_QUOTE ? `${text.slice(0, MAX_TIMING_QUOTE - 1)}\u2026` : text;
  return { id, speaker: 'agent', utteranceIndex: index, startMs: utterance.startMs, quote };
}
