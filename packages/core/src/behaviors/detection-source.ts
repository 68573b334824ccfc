import type { Utterance } from '../call/call.js';
import type { Detection } from '../analysis/types.js';
import { END, FIELDS, START, type MatchText } from './match-text.js';
import type { Span } from './phrase-matcher.js';

/** The original text a token span came from: the quote is what was said, not the normalized form. */
export function quoteOf(utterance: Utterance, text: MatchText, span: Span): string {
  const n = text.infos.length;
  if (span.from >= n || span.to < 1 || span.to > n) return utterance.text.trim();
  return utterance.text.slice(text.data[span.from * FIELDS + START], text.data[(span.to - 1) * FIELDS + END]);
}

/** Start time of a span: the matching word's time when the utterance has word timings, else the utterance start. */
export function startMsOf(utterance: Utterance, text: MatchText, span: Span): number {
  const words = utterance.words;
  if (!words || words.length === 0 || span.from >= text.infos.length) return utterance.startMs;
  const start = text.data[span.from * FIELDS + START]!;
  // Word k of the transcript is the k-th whitespace-separated chunk before the match's first character.
  const before = utterance.text.slice(0, start).trim();
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
