import type { Call } from '../call/call.js';
import type { Inflection } from '../analysis/types.js';
import type { AttributionConfig } from './attribution-config.js';

/**
 * Indexes of the agent turns that precede a shift, most recent first: agent utterances before the
 * shift's utterance whose start is within the window before `atMs` (boundary included), plus the
 * turn the shift responds to (the last agent utterance before it) even when that is older.
 */
export function precedingAgentTurns(call: Call, inflection: Inflection, config: AttributionConfig): number[] {
  const earliestMs = inflection.atMs - config.windowMs;
  const turns: number[] = [];
  let respondedTo = -1;
  for (let i = Math.min(inflection.utteranceIndex, call.utterances.length) - 1; i >= 0; i--) {
    const utterance = call.utterances[i];
    if (!utterance || utterance.speaker !== 'agent') continue;
    if (respondedTo < 0) respondedTo = i;
    const inWindow = utterance.startMs >= earliestMs && utterance.startMs <= inflection.atMs;
    if (inWindow || (i === respondedTo && config.includeRespondedTurn)) turns.push(i);
  }
  return turns;
}
