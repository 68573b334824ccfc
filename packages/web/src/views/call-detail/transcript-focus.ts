import type { Inflection } from '@undertone/core';
import { humanize } from '../../lib/format';

/** What the transcript should scroll to and highlight; `serial` changes on every request, even for the same place. */
export interface TranscriptFocus {
  utteranceIndex: number;
  quote?: string;
  /** Shown on the highlighted span (the behavior or criterion). */
  label?: string;
  serial: number;
}

/**
 * Choosing an inflection shows what led to it: the top-ranked preceding behavior's quote, or the utterance
 * where the shift starts when no behavior preceded it.
 */
export function focusForInflection(inflection: Inflection): Omit<TranscriptFocus, 'serial'> {
  const top = inflection.preceding?.[0];
  return top ? { utteranceIndex: top.utteranceIndex, quote: top.quote, label: humanize(top.behavior) } : { utteranceIndex: inflection.utteranceIndex };
}
