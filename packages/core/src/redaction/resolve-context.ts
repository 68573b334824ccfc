import { cueSpecificity, findCues, type ContextKind, type CueMatch } from './context-cues.js';
import { isNumberWord } from './number-words.js';
import type { Token } from './tokenize.js';

/** How many plain words after a number a cue may follow it ("... that's my social"). */
const WORDS_AFTER = 4;

export type ContextResolver = (firstToken: number, lastToken: number) => ContextKind | undefined;

/**
 * The nearest cue before the span in this utterance, however far (utterances are short, and a distance limit
 * would change once earlier spans collapse into placeholders, making redaction depend on itself); else, when
 * this utterance has no cue before the span, the most specific cue of the previous utterance (the agent's question);
 * else a cue a few words after the span.
 */
export function contextResolver(tokens: readonly Token[], previousTokens: readonly Token[] | undefined): ContextResolver {
  const cues = findCues(tokens);
  const previousCues = previousTokens ? findCues(previousTokens) : [];
  // The most specific cue of the previous utterance; the last one among equals.
  const carried = previousCues.reduce<ContextKind | undefined>((best, c) => (best === undefined || cueSpecificity(c.kind) >= cueSpecificity(best) ? c.kind : best), undefined);
  return (first, last) => {
    let before: CueMatch | undefined;
    for (const cue of cues) if (cue.end <= first) before = cue;
    if (before) return before.kind;
    if (carried) return carried;
    return cues.find((c) => c.first > last && plainWordsBetween(tokens, last + 1, c.first) <= WORDS_AFTER)?.kind;
  };
}

/** Words that survive redaction unchanged: not numbers, fillers, placeholders or punctuation. */
function plainWordsBetween(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) if (tokens[i]!.kind === 'word' && !isNumberWord(tokens[i]!.lower)) count++;
  return count;
}
