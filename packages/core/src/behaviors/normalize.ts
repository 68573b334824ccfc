/**
 * Turns one utterance into normalized tokens that phrase patterns match against.
 * Each token remembers the character span of the original text it came from, so a match
 * can be quoted exactly as spoken. Tokenizing is one left-to-right pass: no backtracking regex.
 */
import { lemmaOf } from './lemma.js';

export interface Token {
  /** Normalized word: lowercase, contractions expanded, British spellings folded. */
  word: string;
  /** Inflection key of `word` (see lemma.ts): what `cancel+` in a pattern compares against. */
  lemma: string;
  /** Character span in the original text (expanded contractions share the span). */
  start: number;
  end: number;
}

export interface NormalizedText {
  tokens: Token[];
  /** clauseStart[i] is true when token i opens a clause (utterance start, after punctuation or a discourse marker). */
  clauseStart: boolean[];
  /** clauseEnd[p] (p in 0..tokens.length) is true when a clause can end before token p: text end, punctuation, or a conjunction ("i hear you and..."). */
  clauseEnd: boolean[];
}


const HARD_FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'ah', 'ahh', 'hmm', 'hm', 'eh']);

/** Words that open a new clause after them in unpunctuated speech ("okay can you...", "so what happened"). */
const DISCOURSE_MARKERS = new Set([
  'okay', 'so', 'and', 'but', 'alright', 'great', 'perfect', 'thanks', 'now', 'well', 'also', 'sure', 'right',
  'then', 'cool', 'yes', 'yeah', 'yep', 'no', 'awesome', 'oh', 'hi', 'hello', 'hey', 'wow', 'gotcha', 'anyway',
  'however', 'though', 'sorry', 'excellent', 'wonderful', 'today',
]);

/** Words that start a new clause themselves, so the clause before them has ended. */
const CLAUSE_OPENERS = new Set(['and', 'but', 'so', 'because', 'cause', 'however', 'though', 'although', 'which', 'okay', 'alright', 'now', 'then', 'unfortunately', 'if', 'while', 'when', 'since', 'i', 'we', 'let', 'please', 'thank', 'thanks', 'sorry']);

const SPOKEN_FORMS: Record<string, string[]> = {
  gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'], kinda: ['kind', 'of'], lemme: ['let', 'me'],
  gimme: ['give', 'me'], dunno: ['do', 'not', 'know'], ya: ['you'], cuz: ['because'], cos: ['because'], ok: ['okay'],
  im: ['i', 'am'], ive: ['i', 'have'], ill: ['i', 'will'], youre: ['you', 'are'], youve: ['you', 'have'],
  youll: ['you', 'will'], youd: ['you', 'would'], theyre: ['they', 'are'], theyve: ['they', 'have'],
  theyll: ['they', 'will'], weve: ['we', 'have'], thats: ['that', 'is'], whats: ['what', 'is'],
  theres: ['there', 'is'], heres: ['here', 'is'], its: ['it', 'is'], lets: ['let', 'us'], hows: ['how', 'is'],
  wheres: ['where', 'is'], whos: ['who', 'is'], aint: ['is', 'not'], cant: ['can', 'not'], wont: ['will', 'not'],
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], isnt: ['is', 'not'], arent: ['are', 'not'],
  wasnt: ['was', 'not'], werent: ['were', 'not'], havent: ['have', 'not'], hasnt: ['has', 'not'],
  hadnt: ['had', 'not'], couldnt: ['could', 'not'], wouldnt: ['would', 'not'], shouldnt: ['should', 'not'],
  cannot: ['can', 'not'], apologise: ['apologize'], apologises: ['apologizes'], apologised: ['apologized'],
  apologising: ['apologizing'], realise: ['realize'], recognise: ['recognize'], summarise: ['summarize'],
  prioritise: ['prioritize'], mustve: ['must', 'have'], shouldve: ['should', 'have'], couldve: ['could', 'have'],
  wouldve: ['would', 'have'], mightve: ['might', 'have'], yall: ['you', 'all'], bout: ['about'], okey: ['okay'], okie: ['okay'], mkay: ['okay'], sec: ['second'], secs: ['seconds'],
};

const IS_CONTRACTION_BASES = new Set(['it', 'that', 'what', 'there', 'here', 'he', 'she', 'who', 'where', 'how', 'when', 'why', 'everything', 'nothing', 'this']);

/** Expansions already computed, by raw word; pure results, so sharing them across calls changes nothing but speed. */
const expanded = new Map<string, readonly string[]>();
const MAX_EXPANDED = 50_000;

function expandWord(raw: string): readonly string[] {
  const cached = expanded.get(raw);
  if (cached !== undefined) return cached;
  const words = computeExpansion(raw);
  if (expanded.size >= MAX_EXPANDED) expanded.clear();
  expanded.set(raw, words);
  return words;
}

function computeExpansion(raw: string): string[] {
  const lower = raw.toLowerCase().replace(/\u2019/g, "'");
  if (!lower.includes("'")) return SPOKEN_FORMS[lower] ?? [lower];
  if (lower === "can't") return ['can', 'not'];
  if (lower === "won't") return ['will', 'not'];
  if (lower === "ain't") return ['is', 'not'];
  if (lower === "let's") return ['let', 'us'];
  if (lower === "y'all") return ['you', 'all'];
  const [base = '', suffix = ''] = lower.split("'", 2);
  if (suffix === 't' && base.endsWith('n')) return [base.slice(0, -1), 'not'];
  switch (suffix) {
    case 'm': return [base, 'am'];
    case 're': return [base, 'are'];
    case 've': return [base, 'have'];
    case 'll': return [base, 'will'];
    case 'd': return [base, 'would'];
    case 's': return IS_CONTRACTION_BASES.has(base) ? [base, 'is'] : [base];
    default: return [base];
  }
}

/** "like", "you know" and "i mean" are fillers except where they carry meaning ("i would like", "do you know", "what i mean"). */
const LIKE_AS_WORD_AFTER = new Set([
  'would', 'i', 'you', 'we', 'they', 'do', 'does', 'did', 'not', 'feel', 'feels', 'felt', 'look', 'looks',
  'looked', 'sounds', 'sound', 'seems', 'seem', 'something', 'anything', 'nothing', 'he', 'she', 'people', 'it', 'what',
]);
const YOU_KNOW_AS_WORDS_AFTER = new Set(['do', 'did', 'does', 'if', 'would', 'not', 'will', 'whether', 'let', 'so']);
const YOU_KNOW_AS_WORDS_BEFORE = new Set(['what', 'how', 'why', 'where', 'when', 'who', 'if', 'that', 'the', 'about']);
const I_MEAN_AS_WORDS_AFTER = new Set(['what', 'that', 'do', 'did', 'if', 'which', 'not']);

function dropSoftFillers(tokens: Token[], breaks: boolean[]): { tokens: Token[]; breaks: boolean[] } {
  const kept: Token[] = [];
  const keptBreaks: boolean[] = [];
  let pendingBreak = false;
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i]!.word;
    const previous = kept[kept.length - 1]?.word;
    const next = tokens[i + 1]?.word;
    const afterNext = tokens[i + 2]?.word;
    let skip = 0;
    if (HARD_FILLERS.has(word)) skip = 1;
    else if (word === 'like' && (previous === undefined || !LIKE_AS_WORD_AFTER.has(previous))) skip = 1;
    else if (word === 'you' && next === 'know' && !(previous && YOU_KNOW_AS_WORDS_AFTER.has(previous)) && !(afterNext && YOU_KNOW_AS_WORDS_BEFORE.has(afterNext))) skip = 2;
    else if (word === 'i' && next === 'mean' && !(previous && I_MEAN_AS_WORDS_AFTER.has(previous)) && afterNext !== undefined && afterNext !== 'it') skip = 2;
    if (skip > 0) {
      pendingBreak ||= breaks[i] ?? false;
      i += skip - 1;
      continue;
    }
    // Stuttered repeats in ASR ("i i understand") collapse to one word.
    if (previous === word && !breaks[i]) continue;
    kept.push(tokens[i]!);
    keptBreaks.push((breaks[i] ?? false) || pendingBreak);
    pendingBreak = false;
  }
  return { tokens: kept, breaks: keptBreaks };
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}
function isClausePunctuation(code: number): boolean {
  // . ? ! , ; : and en/em dashes
  return code === 46 || code === 63 || code === 33 || code === 44 || code === 59 || code === 58 || code === 0x2013 || code === 0x2014;
}

export function normalizeText(text: string): NormalizedText {
  const raw: Token[] = [];
  const breaks: boolean[] = [];
  let brokenByPunctuation = true;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      // A lone hyphen between spaces works as a dash; hyphens inside words ("wi-fi") do not.
      if (isClausePunctuation(code) || (code === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32)) brokenByPunctuation = true;
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && (isWordChar(text.charCodeAt(i)) || (isApostrophe(text.charCodeAt(i)) && isWordChar(text.charCodeAt(i + 1))))) i++;
    const words = expandWord(text.slice(start, i));
    for (let k = 0; k < words.length; k++) {
      raw.push({ word: words[k]!, lemma: lemmaOf(words[k]!), start, end: i });
      breaks.push(k === 0 && brokenByPunctuation);
    }
    brokenByPunctuation = false;
  }
  // "it's been" is "it has been", not "it is been".
  for (let k = 0; k + 1 < raw.length; k++) {
    if (raw[k]!.word === 'is' && raw[k]!.start === raw[k - 1]?.start && /^(been|got|gotten|had)$/.test(raw[k + 1]!.word)) raw[k] = { ...raw[k]!, word: 'has', lemma: lemmaOf('has') };
  }
  const { tokens, breaks: kept } = dropSoftFillers(raw, breaks);
  const clauseStart = tokens.map((_, i) => i === 0 || kept[i]! || DISCOURSE_MARKERS.has(tokens[i - 1]!.word));
  const clauseEnd = tokens.map((t, i) => clauseStart[i]! || CLAUSE_OPENERS.has(t.word));
  clauseEnd.push(true);
  return { tokens, clauseStart, clauseEnd };
}
