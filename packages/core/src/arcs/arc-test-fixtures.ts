import type { Call, Speaker } from '../call/call.js';
import type { SentimentLabel, SentimentModel } from '../sentiment/sentiment-model.js';
import type { TimedScore } from './smooth-series.js';

/** Builders for the arc tests: evenly spaced utterances with known scores, calls, and a lookup model. */

export const SPACING_MS = 20_000;
export const UTTERANCE_MS = 8_000;

/** One speaker's utterances, one every `spacingMs`, each `utteranceMs` long, indexed 0..n-1. */
export function evenlySpaced(scores: readonly number[], spacingMs = SPACING_MS, utteranceMs = UTTERANCE_MS): TimedScore[] {
  return scores.map((score, index) => ({ startMs: index * spacingMs, endMs: index * spacingMs + utteranceMs, score, index }));
}

export function repeat(score: number, times: number): number[] {
  return Array.from({ length: times }, () => score);
}

export function linear(from: number, to: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => from + ((to - from) * i) / (count - 1));
}

export function labelOf(score: number): SentimentLabel {
  if (score >= 0.05) return 'positive';
  if (score <= -0.05) return 'negative';
  return 'neutral';
}

/** A model that knows the score of each text in advance; unknown texts are neutral. */
export function lookupModel(scores: Record<string, number>): SentimentModel {
  return {
    name: 'lookup',
    version: 'test',
    score(text) {
      const score = scores[text] ?? 0;
      return { score, label: labelOf(score), drivers: [] };
    },
  };
}

/** A call whose turns follow each other every `spacingMs`. */
export function callOf(turns: ReadonlyArray<readonly [Speaker, string]>, spacingMs = 10_000): Call {
  return {
    id: 'call-1',
    agent: { id: 'agent-1' },
    utterances: turns.map(([speaker, text], i) => ({ speaker, text, startMs: i * spacingMs, endMs: i * spacingMs + spacingMs - 1_000 })),
  };
}
