import type { Speaker } from '../call/call.js';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

/** One token or phrase that moved the score, with its signed contribution. */
export interface SentimentDriver {
  text: string;
  weight: number;
  /** Why it counted the way it did: "negated", "intensified", "after contrast", "contact-center: churn intent", ... */
  note?: string;
}

export interface UtteranceSentiment {
  /** In [-1, 1]. */
  score: number;
  label: SentimentLabel;
  drivers: SentimentDriver[];
}

/**
 * Anything that scores text. The built-in engine implements it; a deployment can plug in another
 * (a hosted model, a fine-tuned classifier) as long as it is synchronous and deterministic per input.
 */
export interface SentimentModel {
  readonly name: string;
  readonly version: string;
  score(text: string, speaker?: Speaker): UtteranceSentiment;
  /**
   * Optional: `score` without the drivers, for callers that read only the score and label (the sentiment arcs). It
   * must agree with `score`; callers ask `score` of models without it.
   */
  scoreAndLabel?(text: string, speaker?: Speaker): Omit<UtteranceSentiment, 'drivers'>;
}
