import { CONCESSION_OPENERS, CONTRAST_AFTER, DEGREE_MODIFIERS, FILLERS, NEGATORS } from './modifiers.js';

/**
 * What a (normalized) word can do to its neighbours or to the turn, as bits, so the scoring rules test one
 * number per token instead of asking several word sets.
 */
export const ROLE = {
  /** A filler, negator or degree word: never scored itself. */
  unscored: 1 << 0,
  negator: 1 << 1,
  contrast: 1 << 2,
  concession: 1 << 3,
  /** "kind", "sort", "kinda", "sorta": a dampener when "of" follows or precedes the next word. */
  kindOf: 1 << 4,
  of: 1 << 5,
  like: 1 << 6,
  mean: 1 << 7,
  i: 1 << 8,
  likeAsVerbAfter: 1 << 9,
  how: 1 << 10,
  exclamativeVerb: 1 << 11,
  demonstrative: 1 << 12,
  never: 1 << 13,
  neverExclamative: 1 << 14,
  rejection: 1 << 15,
  notARejectionAfterNo: 1 << 16,
} as const;

const KIND_OF: ReadonlySet<string> = new Set(['kind', 'sort', 'kinda', 'sorta']);
/** "I have never been so happy", "never slept this well": an exclamative comparison that intensifies, not a negation. */
const NEVER_EXCLAMATIVE: ReadonlySet<string> = new Set(['so', 'this', 'such']);
/** "No." opening a customer turn rejects what was offered. */
const REJECTIONS: ReadonlySet<string> = new Set(['no', 'nope', 'nah']);
/** "No thanks", "no problem", "no, that's all": declining politely or closing, not rejecting. */
const NOT_A_REJECTION_AFTER_NO: ReadonlySet<string> = new Set(['thanks', 'thank', 'thx', 'problem', 'problems', 'worries', 'that', "that's", 'thats', 'that’s', 'nothing', 'i\'m', 'im', 'everything', 'doubt']);
/** "I like it" evaluates; "I would like a table" / "I'd like to" is a request, so "like" after would/'d is left out. */
const LIKE_AS_VERB_AFTER: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'me', 'u', 'definitely', 'really', 'totally', 'also', 'do', 'did', "don't", 'dont', "didn't", 'didnt']);
/** "How cool is that?", "how sad was this?": a wh-exclamative about a demonstrative states the feeling, it does not ask. */
const EXCLAMATIVE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were']);
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['that', 'this', 'those', 'these']);

function rolesOf(word: string): number {
  let roles = 0;
  if (FILLERS.has(word) || NEGATORS.has(word) || DEGREE_MODIFIERS.has(word)) roles |= ROLE.unscored;
  if (NEGATORS.has(word)) roles |= ROLE.negator;
  if (CONTRAST_AFTER.has(word)) roles |= ROLE.contrast;
  if (CONCESSION_OPENERS.has(word)) roles |= ROLE.concession;
  if (KIND_OF.has(word)) roles |= ROLE.kindOf;
  if (word === 'of') roles |= ROLE.of;
  if (word === 'like') roles |= ROLE.like;
  if (word === 'mean') roles |= ROLE.mean;
  if (word === 'i') roles |= ROLE.i;
  if (LIKE_AS_VERB_AFTER.has(word)) roles |= ROLE.likeAsVerbAfter;
  if (word === 'how') roles |= ROLE.how;
  if (EXCLAMATIVE_VERBS.has(word)) roles |= ROLE.exclamativeVerb;
  if (DEMONSTRATIVES.has(word)) roles |= ROLE.demonstrative;
  if (word === 'never') roles |= ROLE.never;
  if (NEVER_EXCLAMATIVE.has(word)) roles |= ROLE.neverExclamative;
  if (REJECTIONS.has(word)) roles |= ROLE.rejection;
  if (NOT_A_REJECTION_AFTER_NO.has(word)) roles |= ROLE.notARejectionAfterNo;
  return roles;
}

/** What the rules know about one word beyond its valence; most words have nothing and share `PLAIN_WORD`. */
export interface WordInfo<Cue> {
  /** ROLE bits. */
  roles: number;
  /** Degree modifier increment, if the word is one. */
  degree: number | undefined;
  /** Phrase cues that start with the word. */
  cues: Cue | undefined;
  /** The word's valence in the general table, if it has one. */
  valence: number | undefined;
  /** The word's valence in a conversation turn where it differs from the general table. */
  conversationValence: number | undefined;
}

export const PLAIN_WORD: WordInfo<never> = Object.freeze({ roles: 0, degree: undefined, cues: undefined, valence: undefined, conversationValence: undefined });

const ROLE_WORDS: readonly string[] = [
  ...FILLERS, ...NEGATORS, ...DEGREE_MODIFIERS.keys(), ...CONTRAST_AFTER, ...CONCESSION_OPENERS, ...KIND_OF, 'of', 'like', 'mean', 'i',
  ...LIKE_AS_VERB_AFTER, 'how', ...EXCLAMATIVE_VERBS, ...DEMONSTRATIVES, 'never', ...NEVER_EXCLAMATIVE, ...REJECTIONS, ...NOT_A_REJECTION_AFTER_NO,
];

/**
 * The few hundred words the rules single out: role words, first words of phrase cues and words whose valence differs
 * in conversation turns. One lookup per token then answers every rule's question about it.
 */
export function buildWordInfo<Cue>(
  cues: ReadonlyMap<string, Cue>,
  valences: ReadonlyMap<string, number>,
  conversationValences: ReadonlyMap<string, number>,
): Map<string, WordInfo<Cue>> {
  const info = new Map<string, WordInfo<Cue>>();
  const words = new Set<string>([...ROLE_WORDS, ...cues.keys(), ...conversationValences.keys()]);
  for (const word of words) {
    info.set(word, {
      roles: rolesOf(word),
      degree: DEGREE_MODIFIERS.get(word),
      cues: cues.get(word),
      valence: valences.get(word),
      conversationValence: conversationValences.get(word),
    });
  }
  return info;
}
