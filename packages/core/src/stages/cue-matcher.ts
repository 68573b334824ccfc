import { normalizeCueText } from './normalize-cue-text.js';

/**
 * A cue phrase compiled for matching against normalized text. Cue syntax: words matched whole,
 * `word*` matches any word starting with `word`, a lone `*` matches any one word.
 */
export interface CompiledCue {
  phrase: string;
  pattern: RegExp;
  /** A word the text must contain for the cue to match (its first plain word), checked before the regex. */
  anchor: string | null;
}

export function compileCue(phrase: string): CompiledCue | null {
  const normalized = normalizeCueText(phrase, { keepWildcards: true });
  const tokens = normalized.split(' ').filter((t) => t !== '' && t !== '**');
  if (tokens.length === 0 || tokens.every((t) => t === '*')) return null;
  const body = tokens
    .map((t) => (t === '*' ? '[a-z0-9]+' : t.endsWith('*') ? `${t.replace(/\*+/g, '')}[a-z0-9]*` : t.replace(/\*/g, '')))
    .join(' ');
  const anchor = tokens.find((t) => !t.includes('*')) ?? null;
  return { phrase, pattern: new RegExp(`(?:^| )${body}(?= |$)`), anchor };
}

/** How many distinct cues occur in already-normalized text (`words`: its words, to skip hopeless cues fast). */
export function countCueMatches(
  normalizedText: string,
  cues: readonly CompiledCue[],
  words: ReadonlySet<string> = new Set(normalizedText.split(' ')),
): number {
  let count = 0;
  for (const cue of cues) {
    if (cue.anchor !== null && !words.has(cue.anchor)) continue;
    if (cue.pattern.test(normalizedText)) count += 1;
  }
  return count;
}
