/**
 * Normalizes transcript text (and cue phrases) to one comparable form: lowercase words separated
 * by single spaces, contractions expanded, fillers and stutters removed. ASR output often has no
 * apostrophes ("dont", "im"), so the apostrophe-less spellings are expanded too.
 */

import { HASH_SEED, hashStep, RawWordTable } from '../text/raw-word-table.js';
import { anchorWordCount, knownAnchorWordId } from './anchor-words.js';

const APOSTROPHE_CONTRACTIONS: Array<[RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/\bain't\b/g, 'is not'],
  [/\blet's\b/g, 'let us'],
  [/\by'all\b/g, 'you all'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'m\b/g, ' am'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
  [/\b(it|that|what|there|here|he|she|who|where|how|when)'s\b/g, '$1 is'],
  // Remaining 's is possessive ("the account's owner"): drop it.
  [/'s\b/g, ''],
];

/** Apostrophe-less ASR spellings that are never ordinary words (exported for the property test's reference). */
export const BARE_CONTRACTIONS: Readonly<Record<string, string>> = {
  dont: 'do not', doesnt: 'does not', didnt: 'did not', cant: 'can not', cannot: 'can not', wont: 'will not',
  isnt: 'is not', arent: 'are not', wasnt: 'was not', werent: 'were not', havent: 'have not', hasnt: 'has not',
  hadnt: 'had not', couldnt: 'could not', wouldnt: 'would not', shouldnt: 'should not', im: 'i am', ive: 'i have',
  youre: 'you are', youve: 'you have', youll: 'you will', youd: 'you would', theyre: 'they are', theyve: 'they have',
  weve: 'we have', thats: 'that is', whats: 'what is', theres: 'there is', heres: 'here is', itll: 'it will',
  shes: 'she is', gonna: 'going to', wanna: 'want to', gotta: 'got to', ok: 'okay', alright: 'all right',
};
const FILLERS = ['um', 'umm', 'uh', 'uhh', 'uhm', 'erm', 'er', 'ah', 'ahh', 'hmm', 'hm', 'mm', 'mmm', 'mhm'];

/** What each special raw word becomes: fillers nothing, bare contractions their full words. */
const REPLACED_WORDS = new Map<string, readonly string[]>([
  ...FILLERS.map((filler): [string, string[]] => [filler, []]),
  ...Object.entries(BARE_CONTRACTIONS).map(([bare, full]): [string, string[]] => [bare, full.split(' ')]),
]);

/** Curly quotes, the modifier-letter apostrophe and backticks all stand for an apostrophe. */
const QUOTE_LIKE = /[\u2018\u2019\u02bc`]/g;
const DOLLAR_AMOUNT = /\$\s?(\d[\d,]*(?:\.\d+)?)/g;

export interface NormalizeOptions {
  /** Keep `*` (cue wildcards) instead of treating it as punctuation. */
  keepWildcards?: boolean;
}

export function normalizeCueText(text: string, options: NormalizeOptions = {}): string {
  return normalizeCueWords(text, options).join(' ');
}

/** The words of `normalizeCueText(text, options)`, without joining them. */
export function normalizeCueWords(text: string, options: NormalizeOptions = {}): string[] {
  const words: string[] = [];
  if (options.keepWildcards) {
    // Cue phrases only (once per config): a `*` may touch a contraction, so expand the whole text first.
    pushTokens(words, expandContractions(spellOutSymbols(text.toLowerCase()).replace(QUOTE_LIKE, "'")), true);
    return words;
  }
  const out = emptyTranscriptWords();
  normalizeTranscriptWords(text, out);
  out.words.length = out.count;
  return out.words;
}

/**
 * A transcript text's normalized words and each word's anchor number (`knownAnchorWordId`), in arrays reused from
 * text to text: only the first `count` entries are the current text's.
 */
export interface TranscriptWords {
  words: string[];
  anchorIds: number[];
  count: number;
}

export function emptyTranscriptWords(): TranscriptWords {
  return { words: [], anchorIds: [], count: 0 };
}

/** Transcript text (no wildcards) into `out`, overwriting it: the words `normalizeCueWords` gives, with their anchor numbers. */
export function normalizeTranscriptWords(text: string, out: TranscriptWords): void {
  out.count = 0;
  if (pushCachedRuns(out, text)) return;
  const words: string[] = [];
  pushWordRuns(words, spellOutSymbols(text.toLowerCase()));
  out.count = 0;
  for (const word of words) append(out, word, knownAnchorWordId(word));
}

function append(out: TranscriptWords, word: string, anchorId: number): void {
  out.words[out.count] = word;
  out.anchorIds[out.count++] = anchorId;
}

/** "$12" to "12 dollars", "%" and "&" to words; each pass only when its symbol occurs. */
function spellOutSymbols(lower: string): string {
  let s = lower;
  if (s.includes('$')) s = s.replace(DOLLAR_AMOUNT, '$1 dollars');
  if (s.includes('%')) s = s.replace(/%/g, ' percent');
  if (s.includes('&')) s = s.replace(/&/g, ' and ');
  return s;
}

/** Every contraction pattern in turn over the whole text (exported for the equivalence property test). */
export function expandContractions(text: string): string {
  let s = text;
  for (const [pattern, replacement] of APOSTROPHE_CONTRACTIONS) s = s.replace(pattern, replacement);
  return s;
}

/**
 * Contraction patterns only ever match inside a run of word characters and apostrophes, and see
 * the run's edges as word boundaries, so expanding run by run gives what expanding the whole text
 * gives. The few dozen contracted forms recur in every call, so their expansions are remembered.
 */
const MAX_CACHED_RUNS = 4096;
const MAX_CACHED_RUN_WORDS = 50_000;
const expandedRuns = new Map<string, string>();

function expandRunContractions(run: string): string {
  let expanded = expandedRuns.get(run);
  if (expanded === undefined) {
    expanded = expandContractions(run.replace(QUOTE_LIKE, "'"));
    if (expandedRuns.size >= MAX_CACHED_RUNS) expandedRuns.clear();
    expandedRuns.set(run, expanded);
  }
  return expanded;
}

const CODE_0 = 48;
const CODE_9 = 57;
const CODE_A = 97;
const CODE_Z = 122;
const CODE_UNDERSCORE = 95;
const CODE_STAR = 42;
const CODE_UPPER_A = 65;
const CODE_UPPER_Z = 90;
const CODE_DOLLAR = 36;
const CODE_PERCENT = 37;
const CODE_AMPERSAND = 38;
const CODE_COMMA = 44;
const CODE_DOT = 46;

function isLetterOrDigit(code: number): boolean {
  return (code >= CODE_A && code <= CODE_Z) || (code >= CODE_0 && code <= CODE_9);
}

/** The apostrophe and the characters that stand in for it (curly quotes, modifier letter, backtick). */
function isApostropheLike(code: number): boolean {
  return code === 39 || code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 96;
}

/**
 * Splits text into maximal runs of [a-z0-9_'] (what contraction patterns work on) and pushes
 * their words. A plain run is one word; a run with `_` or an apostrophe goes through `pushTokens`.
 */
function pushWordRuns(words: string[], text: string): void {
  let start = -1;
  let plain = true;
  let hasApostrophe = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (isLetterOrDigit(code)) {
      if (start < 0) start = i;
    } else if (code === CODE_UNDERSCORE || isApostropheLike(code)) {
      if (start < 0) start = i;
      plain = false;
      hasApostrophe ||= code !== CODE_UNDERSCORE;
    } else if (start >= 0) {
      const run = text.slice(start, i);
      if (plain) pushWord(words, run);
      else pushTokens(words, hasApostrophe ? expandRunContractions(run) : run, false);
      start = -1;
      plain = true;
      hasApostrophe = false;
    }
  }
}

/** Pushes each maximal run of [a-z0-9] (plus `*` when `keepStar`) as a raw word. */
function pushTokens(words: string[], text: string, keepStar: boolean): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : -1;
    if (isLetterOrDigit(code) || (keepStar && code === CODE_STAR)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      pushWord(words, text.slice(start, i));
      start = -1;
    }
  }
}

/**
 * The fast path for transcript text: scans the text as it is (A-Z counting as the letters they
 * lowercase to) and looks each run up in a table of the words it yields, computed once per distinct
 * run by the general path. "$12" and "&" are spelled out as the general path does. Returns false,
 * having pushed only part of the words, when the text needs the general path: "%" or a "$" amount
 * that joins onto a neighbouring word, or one of the two non-ASCII characters that lowercase to ASCII
 * letters (U+0130, U+212A).
 */
function pushCachedRuns(out: TranscriptWords, text: string): boolean {
  /** Where a spelled-out "$" amount ends: " dollars" goes there. */
  let dollarsAt = -1;
  const n = text.length;
  let i = 0;
  while (i <= n) {
    let code = i < n ? text.charCodeAt(i) : -1;
    if (isRunChar(code)) {
      const start = i;
      let hash = HASH_SEED;
      do {
        if (i === dollarsAt) return false;
        hash = hashStep(hash, code);
        code = ++i < n ? text.charCodeAt(i) : -1;
      } while (isRunChar(code));
      pushRun(out, text, start, i, hash);
    }
    if (code === CODE_PERCENT || code === 0x0130 || code === 0x212a) return false;
    if (i === dollarsAt) {
      if (code === CODE_DOLLAR) return false;
      offer(out, 'dollars');
    }
    if (code === CODE_AMPERSAND) offer(out, 'and');
    else if (code === CODE_DOLLAR) {
      const amountEnd = dollarAmountEnd(text, i);
      if (amountEnd >= 0) {
        if (i > 0 && isRunChar(text.charCodeAt(i - 1))) return false;
        dollarsAt = amountEnd;
      }
    }
    i++;
  }
  return true;
}

/** Where DOLLAR_AMOUNT, matched at `at` (a "$"), ends; -1 when it does not match there. */
function dollarAmountEnd(text: string, at: number): number {
  let p = at + 1;
  if (p < text.length && /\s/.test(text[p]!)) p++;
  if (!isDigit(text.charCodeAt(p))) return -1;
  while (isDigit(text.charCodeAt(p)) || text.charCodeAt(p) === CODE_COMMA) p++;
  if (text.charCodeAt(p) === CODE_DOT && isDigit(text.charCodeAt(p + 1))) {
    p++;
    while (isDigit(text.charCodeAt(p))) p++;
  }
  return p;
}

function pushRun(out: TranscriptWords, text: string, start: number, end: number, hash: number): void {
  let cached = runWords.get(text, start, end, hash);
  if (cached === undefined) {
    const run = text.slice(start, end);
    cached = { words: wordsOfRun(run.toLowerCase()), anchorIds: [], anchorWords: -1 };
    runWords.add(run, hash, cached);
  }
  const offered = cached.words;
  if (cached.anchorWords !== anchorWordCount()) {
    // New anchors since the run was cached: its words may have numbers now.
    cached.anchorIds = offered.map(knownAnchorWordId);
    cached.anchorWords = anchorWordCount();
  }
  for (let k = 0; k < offered.length; k++) {
    const word = offered[k]!;
    if (out.count === 0 || out.words[out.count - 1] !== word) append(out, word, cached.anchorIds[k]!);
  }
}

/** A word the general path would push as it stands (neither a filler nor a contraction). */
function offer(out: TranscriptWords, word: string): void {
  if (out.count === 0 || out.words[out.count - 1] !== word) append(out, word, knownAnchorWordId(word));
}

function isRunChar(code: number): boolean {
  return isLetterOrDigit(code) || (code >= CODE_UPPER_A && code <= CODE_UPPER_Z) || code === CODE_UNDERSCORE || isApostropheLike(code);
}

function isDigit(code: number): boolean {
  return code >= CODE_0 && code <= CODE_9;
}

/**
 * The words one run (as pushWordRuns cuts them) pushes; runs recur, so this is remembered. Collapsing
 * repeats inside the run first changes nothing: pushing collapses them against the text's words anyway.
 */
interface CachedRun {
  words: readonly string[];
  /** `knownAnchorWordId` of each word, as of when `anchorWordCount()` was `anchorWords`. */
  anchorIds: readonly number[];
  anchorWords: number;
}
const runWords = new RawWordTable<CachedRun>(MAX_CACHED_RUN_WORDS);

function wordsOfRun(lowerRun: string): string[] {
  const offered: string[] = [];
  pushWordRuns(offered, lowerRun);
  return offered;
}

/** Drops fillers, expands bare contractions, and collapses ASR stutter ("i i i need") to one word. */
function pushWord(words: string[], raw: string): void {
  const replaced = REPLACED_WORDS.get(raw);
  if (replaced === undefined) {
    if (words[words.length - 1] !== raw) words.push(raw);
    return;
  }
  for (const word of replaced) if (words[words.length - 1] !== word) words.push(word);
}
