import { DEGREE_MODIFIERS, NEGATORS } from './modifiers.js';
import { collapseRuns, hasRunOfThree, isAllCaps } from './tokenize.js';
import { rolesOf } from './word-roles.js';

/** Everything the engine needs to know about one token text, worked out once per distinct spelling. */
export interface Lexeme<Cue> {
  /** Lowercased token text (what a driver shows). */
  text: string;
  /** `text` with letter runs collapsed when elongated: what the rules and phrase cues read. */
  word: string;
  shouted: boolean;
  elongated: boolean;
  /** A word a preceding "not" can negate (emoticons, emoji and laughter express the writer's state and cannot). */
  negatable: boolean;
  /** ROLE bits of `word`. */
  roles: number;
  /** Degree modifier increment of `word`, if it is one. */
  degree: number | undefined;
  /** Table valence of the token on VADER's scale (0 when absent), in stand-alone text and in a conversation turn. */
  valence: number;
  conversationValence: number;
  /** Phrase cues that start with `word`. */
  cues: readonly Cue[] | undefined;
}

/** Laughter interjections, like emoticons, express the writer's state and are not negated ("not the latter lol"). */
const LAUGHTER: ReadonlySet<string> = new Set(['lol', 'lolz', 'lmao', 'lmfao', 'rofl', 'roflmao', 'haha', 'hahaha', 'hehe', 'xd', 'xo', 'xoxo']);

function isNegatable(text: string): boolean {
  const c = text.charCodeAt(0);
  return ((c >= 97 && c <= 122) || c > 0xbf && c < 0x250) && !LAUGHTER.has(text);
}

/** Distinct spellings kept before the cache starts over, so a long-lived process stays bounded. */
const MAX_CACHED = 100_000;

export interface LexemeCache<Cue> {
  /** A word token as written (case kept). */
  word(raw: string): Lexeme<Cue>;
  /** An emoticon (lowercased) or emoji token. */
  literal(text: string): Lexeme<Cue>;
}

/**
 * Lexemes looked up by spelling. `valences` is the general table; `conversationOverrides` replace its entries in turns
 * of a conversation. Each lexeme is a pure function of its spelling and these tables, so caching it is safe.
 */
export function createLexemeCache<Cue>(
  valences: ReadonlyMap<string, number>,
  conversationOverrides: ReadonlyMap<string, number>,
  cues: ReadonlyMap<string, readonly Cue[]>,
): LexemeCache<Cue> {
  const words = new Map<string, Lexeme<Cue>>();
  const literals = new Map<string, Lexeme<Cue>>();

  const inConversation = (w: string): number | undefined => conversationOverrides.get(w) ?? valences.get(w);

  /** The token's own valence, else (when elongated) that of its spelling with runs cut to two letters, then to one. */
  function valenceOf(text: string, elongated: boolean, lookup: (w: string) => number | undefined): number {
    const direct = lookup(text);
    if (direct !== undefined || !elongated) return direct ?? 0;
    return lookup(collapseRuns(text, 2)) ?? lookup(collapseRuns(text, 1)) ?? 0;
  }

  function normalized(text: string, elongated: boolean): string {
    if (!elongated) return text;
    const two = collapseRuns(text, 2);
    if (DEGREE_MODIFIERS.has(two) || NEGATORS.has(two) || valences.has(two)) return two;
    return collapseRuns(text, 1);
  }

  function describe(text: string, shouted: boolean, elongated: boolean): Lexeme<Cue> {
    const word = normalized(text, elongated);
    return {
      text,
      word,
      shouted,
      elongated,
      negatable: isNegatable(text),
      roles: rolesOf(word),
      degree: DEGREE_MODIFIERS.get(word),
      valence: valenceOf(text, elongated, (w) => valences.get(w)),
      conversationValence: valenceOf(text, elongated, inConversation),
      cues: cues.get(word),
    };
  }

  return {
    word(raw) {
      let lexeme = words.get(raw);
      if (lexeme === undefined) {
        const text = raw.toLowerCase();
        lexeme = describe(text, text !== raw && isAllCaps(raw), hasRunOfThree(text));
        if (words.size >= MAX_CACHED) words.clear();
        words.set(raw, lexeme);
      }
      return lexeme;
    },
    literal(text) {
      let lexeme = literals.get(text);
      if (lexeme === undefined) {
        lexeme = describe(text, false, false);
        if (literals.size >= MAX_CACHED) literals.clear();
        literals.set(text, lexeme);
      }
      return lexeme;
    },
  };
}
