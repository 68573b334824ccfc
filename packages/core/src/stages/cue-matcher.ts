import { normalizeCueWords } from './normalize-cue-text.js';

/**
 * A cue phrase compiled for matching against normalized words. Cue syntax: words matched whole,
 * `word*` matches any word starting with `word`, a lone `*` matches any one word.
 */
export interface CompiledCue {
  phrase: string;
  tokens: CueToken[];
  /**
   * A plain word the text must contain, which an index can look up directly: the longest one that
   * is not a very common word, because rare words rule out the most utterances. Null when every
   * token is a wildcard.
   */
  anchor: string | null;
  /** Position of `anchor` within `tokens` (-1 without one). */
  anchorOffset: number;
}

/** `word`: that exact word; `prefix`: any word starting with `text` (`text` may be empty); `any`: any one word. */
export interface CueToken {
  kind: 'word' | 'prefix' | 'any';
  text: string;
}

function compileToken(token: string): CueToken {
  if (token === '*') return { kind: 'any', text: '' };
  if (token.endsWith('*')) return { kind: 'prefix', text: token.replace(/\*+/g, '') };
  return { kind: 'word', text: token.replace(/\*/g, '') };
}

export function compileCue(phrase: string): CompiledCue | null {
  const rawTokens = normalizeCueWords(phrase, { keepWildcards: true }).filter((t) => t !== '**');
  if (rawTokens.length === 0 || rawTokens.every((t) => t === '*')) return null;
  const tokens = rawTokens.map(compileToken);
  const anchorOffset = bestAnchor(tokens);
  return { phrase, tokens, anchor: anchorOffset >= 0 ? tokens[anchorOffset]!.text : null, anchorOffset };
}

/** Words in most utterances: poor anchors, used only when a cue has nothing else. */
const COMMON_WORDS = new Set([
  'a', 'all', 'am', 'and', 'are', 'at', 'be', 'can', 'do', 'for', 'have', 'i', 'in', 'is', 'it', 'me', 'my', 'not', 'of',
  'on', 'right', 'so', 'that', 'the', 'this', 'to', 'we', 'what', 'will', 'with', 'you', 'your',
  'account',
]);

function anchorRank(token: CueToken): number {
  if (token.kind !== 'word') return -1;
  return (COMMON_WORDS.has(token.text) ? 0 : 1000) + token.text.length;
}

function bestAnchor(tokens: readonly CueToken[]): number {
  let best = -1;
  tokens.forEach((token, k) => {
    if (anchorRank(token) > (best < 0 ? -1 : anchorRank(tokens[best]!))) best = k;
  });
  return best;
}

function tokenMatches(token: CueToken, word: string): boolean {
  if (token.kind === 'word') return word === token.text;
  if (token.kind === 'prefix') return word.startsWith(token.text);
  return true;
}

/** Whether the cue's tokens match `words` starting at `start`, one token per word; only the first `length` words exist. */
export function cueMatchesAt(cue: CompiledCue, words: readonly string[], start: number, length = words.length): boolean {
  const { tokens } = cue;
  if (start < 0 || start + tokens.length > length) return false;
  for (let k = 0; k < tokens.length; k++) if (!tokenMatches(tokens[k]!, words[start + k]!)) return false;
  return true;
}

/**
 * Whether the cue occurs anywhere in the first `length` of `words`. A text with no words still matches a lone
 * empty-prefix cue ("***"), which accepts an empty word.
 */
export function cueOccursIn(cue: CompiledCue, words: readonly string[], length = words.length): boolean {
  if (length === 0) return cue.tokens.length === 1 && cue.tokens[0]!.kind === 'prefix' && cue.tokens[0]!.text === '';
  if (cue.anchor !== null) {
    for (let j = cue.anchorOffset; j < length; j++) {
      if (words[j] === cue.anchor && cueMatchesAt(cue, words, j - cue.anchorOffset, length)) return true;
    }
    return false;
  }
  for (let start = 0; start < length; start++) if (cueMatchesAt(cue, words, start, length)) return true;
  return false;
}

/** How many distinct cues occur in already-normalized text. */
export function countCueMatches(normalizedText: string, cues: readonly CompiledCue[]): number {
  const words = normalizedText === '' ? [] : normalizedText.split(' ');
  let count = 0;
  for (const cue of cues) if (cueOccursIn(cue, words)) count += 1;
  return count;
}
