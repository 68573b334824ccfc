/**
 * Turns one utterance into normalized tokens that phrase patterns match against.
 * Each token remembers the character span of the original text it came from, so a match
 * can be quoted exactly as spoken. Tokenizing is one left-to-right pass: no backtracking regex.
 */
import { HASH_SEED, hashStep, RawWordTable } from './raw-word-table.js';
import { vocabularyVersion, wordInfo, type WordInfo } from './vocabulary.js';
import {
  CLAUSE_OPENER, DISCOURSE_MARKER, HARD_FILLER, HAS_AFTER_CONTRACTED_IS, I_MEAN_AS_WORDS_AFTER, IS_I, IS_IS, IS_IT, IS_KNOW,
  IS_LIKE, IS_MEAN, IS_YOU, LIKE_AS_WORD_AFTER, YOU_KNOW_AS_WORDS_AFTER, YOU_KNOW_AS_WORDS_BEFORE,
} from './word-flags.js';

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

/**
 * The matcher's form of a normalized utterance: token i is the shared description `infos[i]` of its word,
 * spanning characters `starts[i]` to `ends[i]`; clause flags as in NormalizedText.
 */
export interface MatchText {
  infos: WordInfo[];
  starts: number[];
  ends: number[];
  clauseStart: boolean[];
  clauseEnd: boolean[];
  /** Vocabulary version the word descriptions were taken under (see refreshIds). */
  version: number;
}

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
interface Expansion { words: readonly string[]; infos: WordInfo[]; version: number }
const expanded = new RawWordTable<Expansion>(50_000);

/** The words that characters `start` to `end` of `text` (hashing to `hash`) stand for. */
function expandWord(text: string, start: number, end: number, hash: number): WordInfo[] {
  let expansion = expanded.get(text, start, end, hash);
  if (expansion === undefined) {
    const raw = text.slice(start, end);
    const words = computeExpansion(raw);
    expansion = { words, infos: words.map(wordInfo), version: vocabularyVersion() };
    expanded.add(raw, hash, expansion);
  } else if (expansion.version !== vocabularyVersion()) {
    expansion.infos = expansion.words.map(wordInfo);
    expansion.version = vocabularyVersion();
  }
  return expansion.infos;
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

/**
 * Drops "like", "you know" and "i mean" where they are fillers (not where they carry meaning: "i would like",
 * "do you know", "what i mean"), hard fillers, and stuttered repeats; works in place and returns the kept count.
 */
function dropSoftFillers(text: MatchText, breaks: boolean[]): number {
  const { infos, starts, ends } = text;
  const n = infos.length;
  let kept = 0;
  let pendingBreak = false;
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    const flags = info.flags;
    const previous = kept > 0 ? infos[kept - 1]! : undefined;
    const next = i + 1 < n ? infos[i + 1]! : undefined;
    const afterNext = i + 2 < n ? infos[i + 2]! : undefined;
    let skip = 0;
    if (flags & HARD_FILLER) skip = 1;
    else if (flags & IS_LIKE && (previous === undefined || !(previous.flags & LIKE_AS_WORD_AFTER))) skip = 1;
    else if (flags & IS_YOU && next !== undefined && next.flags & IS_KNOW && !(previous && previous.flags & YOU_KNOW_AS_WORDS_AFTER) && !(afterNext && afterNext.flags & YOU_KNOW_AS_WORDS_BEFORE)) skip = 2;
    else if (flags & IS_I && next !== undefined && next.flags & IS_MEAN && !(previous && previous.flags & I_MEAN_AS_WORDS_AFTER) && afterNext !== undefined && !(afterNext.flags & IS_IT)) skip = 2;
    if (skip > 0) {
      pendingBreak ||= breaks[i]!;
      i += skip - 1;
      continue;
    }
    // Stuttered repeats in ASR ("i i understand") collapse to one word.
    if (previous !== undefined && previous.word === info.word && !breaks[i]) continue;
    infos[kept] = info;
    starts[kept] = starts[i]!;
    ends[kept] = ends[i]!;
    breaks[kept] = breaks[i]! || pendingBreak;
    kept++;
    pendingBreak = false;
  }
  return kept;
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

/** Normalizes one utterance for matching (see NormalizedText for what the parts mean). */
export function prepareText(text: string): MatchText {
  const infos: WordInfo[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
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
    let hash = HASH_SEED;
    for (let c = code; i < text.length && (isWordChar(c) || (isApostrophe(c) && isWordChar(text.charCodeAt(i + 1)))); c = text.charCodeAt(++i)) hash = hashStep(hash, c);
    const words = expandWord(text, start, i, hash);
    for (let k = 0; k < words.length; k++) {
      infos.push(words[k]!);
      starts.push(start);
      ends.push(i);
      breaks.push(k === 0 && brokenByPunctuation);
    }
    brokenByPunctuation = false;
  }
  // "it's been" is "it has been", not "it is been".
  for (let k = 1; k + 1 < infos.length; k++) {
    if (infos[k]!.flags & IS_IS && starts[k] === starts[k - 1] && infos[k + 1]!.flags & HAS_AFTER_CONTRACTED_IS) infos[k] = wordInfo('has');
  }
  const prepared: MatchText = { infos, starts, ends, clauseStart: [], clauseEnd: [], version: vocabularyVersion() };
  const n = dropSoftFillers(prepared, breaks);
  infos.length = n;
  starts.length = n;
  ends.length = n;
  const clauseStart = new Array<boolean>(n);
  const clauseEnd = new Array<boolean>(n + 1);
  for (let t = 0; t < n; t++) {
    clauseStart[t] = t === 0 || breaks[t]! || (infos[t - 1]!.flags & DISCOURSE_MARKER) !== 0;
    clauseEnd[t] = clauseStart[t]! || (infos[t]!.flags & CLAUSE_OPENER) !== 0;
  }
  clauseEnd[n] = true;
  prepared.clauseStart = clauseStart;
  prepared.clauseEnd = clauseEnd;
  return prepared;
}

/** Re-describes the words of a text prepared before the vocabulary last grew, so its ids are current. */
export function refreshIds(text: MatchText): void {
  if (text.version === vocabularyVersion()) return;
  for (let t = 0; t < text.infos.length; t++) text.infos[t] = wordInfo(text.infos[t]!.word);
  text.version = vocabularyVersion();
}

export function normalizeText(text: string): NormalizedText {
  const prepared = prepareText(text);
  const tokens = prepared.infos.map((info, t): Token => ({ word: info.word, lemma: info.lemma, start: prepared.starts[t]!, end: prepared.ends[t]! }));
  return { tokens, clauseStart: prepared.clauseStart, clauseEnd: prepared.clauseEnd };
}
