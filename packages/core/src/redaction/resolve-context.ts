import { findCues, type ContextKind, type CueMatch } from './context-cues.js';
import type { Token } from './tokenize.js';

/** How many tokens back a cue still governs a number ("the card number, let me grab it, it's ..."). */
const WINDOW_BEFORE = 16;
/** How many tokens after a number a cue may follow it ("... that's my social"). */
const WINDOW_AFTER = 4;

export type ContextResolver = (firstToken: number, lastToken: number) => ContextKind | undefined;

/**
 * The nearest cue before the span in this utterance; else, when this utterance has no cue before the span,
 * the last cue of the previous utterance (the agent's question); else a cue right after the span.
 */
export function contextResolver(tokens: readonly Token[], previousTokens: readonly Token[] | undefined): ContextResolver {
  const cues = findCues(tokens);
  const previousCues = previousTokens ? findCues(previousTokens) : [];
  const carried = previousCues[previousCues.length - 1]?.kind;
  return (first, last) => {
    let before: CueMatch | undefined;
    for (const cue of cues) if (cue.end <= first) before = cue;
    if (before && first - before.end <= WINDOW_BEFORE) return before.kind;
    if (!before && carried) return carried;
    return cues.find((c) => c.first > last && c.first - last <= WINDOW_AFTER)?.kind;
  };
}
