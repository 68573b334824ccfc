/**
 * The word classes normalization asks about (fillers, clause markers, the contexts where "like",
 * "you know" and "i mean" carry meaning), as bit flags computed once per distinct word.
 */

export const HARD_FILLER = 1 << 0;
/** Opens a new clause after it in unpunctuated speech ("okay can you...", "so what happened"). */
export const DISCOURSE_MARKER = 1 << 1;
/** Starts a new clause itself, so the clause before it has ended. */
export const CLAUSE_OPENER = 1 << 2;
/** "like" after this word is a word, not a filler ("i would like"). */
export const LIKE_AS_WORD_AFTER = 1 << 3;
/** "you know" after this word is words ("do you know"). */
export const YOU_KNOW_AS_WORDS_AFTER = 1 << 4;
/** "you know" before this word is words ("you know what"). */
export const YOU_KNOW_AS_WORDS_BEFORE = 1 << 5;
/** "i mean" after this word is words ("what i mean"). */
export const I_MEAN_AS_WORDS_AFTER = 1 << 6;
/** After a contracted "'s", this word makes it "has" ("it's been"). */
export const HAS_AFTER_CONTRACTED_IS = 1 << 7;
export const IS_LIKE = 1 << 8;
export const IS_YOU = 1 << 9;
export const IS_KNOW = 1 << 10;
export const IS_I = 1 << 11;
export const IS_MEAN = 1 << 12;
export const IS_IT = 1 << 13;
export const IS_IS = 1 << 14;
/** ASR's "id", which is "I'd" only before a word like these ("id like", "id be happy"), never in "photo id". */
export const IS_ID = 1 << 15;
export const VERB_AFTER_ASR_ID = 1 << 16;
/** Before "id", a word that makes it a noun ("your id", "photo id", "the id"). */
export const NOUN_ID_AFTER = 1 << 17;

const CLASSES: Array<[number, readonly string[]]> = [
  [HARD_FILLER, ['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'ahh', 'hmm', 'hm', 'eh']],
  [DISCOURSE_MARKER, [
    'okay', 'so', 'and', 'but', 'alright', 'great', 'perfect', 'thanks', 'now', 'well', 'also', 'sure', 'right',
    'then', 'cool', 'yes', 'yeah', 'yep', 'no', 'awesome', 'oh', 'hi', 'hello', 'hey', 'wow', 'gotcha', 'anyway',
    'however', 'though', 'sorry', 'excellent', 'wonderful', 'today',
  ]],
  [CLAUSE_OPENER, [
    'and', 'but', 'so', 'because', 'cause', 'however', 'though', 'although', 'which', 'okay', 'alright', 'now', 'then',
    'unfortunately', 'if', 'while', 'when', 'since', 'i', 'we', 'let', 'please', 'thank', 'thanks', 'sorry',
  ]],
  [LIKE_AS_WORD_AFTER, [
    'would', 'i', 'you', 'we', 'they', 'do', 'does', 'did', 'not', 'feel', 'feels', 'felt', 'look', 'looks',
    'looked', 'sounds', 'sound', 'seems', 'seem', 'something', 'anything', 'nothing', 'he', 'she', 'people', 'it', 'what',
  ]],
  [YOU_KNOW_AS_WORDS_AFTER, ['do', 'did', 'does', 'if', 'would', 'not', 'will', 'whether', 'let', 'so']],
  [YOU_KNOW_AS_WORDS_BEFORE, ['what', 'how', 'why', 'where', 'when', 'who', 'if', 'that', 'the', 'about']],
  [I_MEAN_AS_WORDS_AFTER, ['what', 'that', 'do', 'did', 'if', 'which', 'not']],
  [HAS_AFTER_CONTRACTED_IS, ['been', 'got', 'gotten', 'had']],
  [IS_LIKE, ['like']],
  [IS_YOU, ['you']],
  [IS_KNOW, ['know']],
  [IS_I, ['i']],
  [IS_MEAN, ['mean']],
  [IS_IT, ['it']],
  [IS_IS, ['is']],
  [IS_ID, ['id']],
  [VERB_AFTER_ASR_ID, [
    'like', 'love', 'be', 'need', 'recommend', 'suggest', 'say', 'have', 'rather', 'prefer', 'want', 'hate', 'advise',
    'think', 'imagine', 'expect', 'hope', 'guess', 'appreciate', 'feel', 'probably', 'just', 'really', 'definitely', 'also',
    'certainly', 'gladly', 'happily', 'personally', 'still', 'never', 'go', 'get', 'ask', 'check', 'try', 'put', 'do',
  ]],
  [NOUN_ID_AFTER, [
    'your', 'my', 'the', 'a', 'an', 'his', 'her', 'their', 'our', 'this', 'that', 'photo', 'user', 'customer', 'account',
    'login', 'valid', 'caller', 'member', 'staff', 'student', 'apple', 'email', 'reference', 'order', 'device', 'national',
  ]],
];

const FLAGS = new Map<string, number>();
for (const [flag, words] of CLASSES) for (const word of words) FLAGS.set(word, (FLAGS.get(word) ?? 0) | flag);

export function wordFlags(word: string): number {
  return FLAGS.get(word) ?? 0;
}
