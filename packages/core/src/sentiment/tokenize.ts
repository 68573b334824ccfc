import { HASH_SEED, hashStep } from '../text/raw-word-table.js';

/**
 * Single-pass tokenizer for speech transcripts (lowercase, no punctuation), chat and social text
 * (emoji, emoticons, hashtags, elongated words) and edited prose.
 */

export interface Token {
  /** Lowercased word, emoticon or emoji, with surrounding punctuation removed. */
  text: string;
  /** Original spelling was ALL CAPS (two letters or more). */
  shouted: boolean;
  /** Original spelling repeated a letter three times or more ("soooo"). */
  elongated: boolean;
  /** A clause boundary (, ; : . ! ?) directly follows this token. */
  clauseEnd: boolean;
  /** A sentence end (. ! ?) directly follows this token. */
  sentenceEnd: boolean;
  /** A question mark directly follows this token. */
  question: boolean;
  /** Exclamation marks directly following this token. */
  exclamations: number;
}

export interface TokenizedText {
  tokens: Token[];
  /** The text has lowercase letters, so ALL CAPS words stand out as shouting. */
  mixedCase: boolean;
}

/** What one scanned word becomes: its lowercased text and its TOKEN_SHOUTED / TOKEN_ELONGATED bits. */
export interface ScannedWord {
  text: string;
  mark: number;
}

/**
 * Turns the word text[from, to) (a run of word characters as scanned, quotes not yet trimmed) into its token, or null
 * when nothing is left of it. `hash` is `hashStep` over those characters from HASH_SEED, for callers that remember
 * words by their characters (the token depends on them alone).
 */
export type ResolveWord<W extends ScannedWord> = (text: string, from: number, to: number, hash: number) => W | null;

/**
 * Whether the chunk text[from, to) (whitespace-separated, not a plain word) is an emoticon or hyphenated entry to keep
 * whole, such as ":-)" or "<3": its lowercased text if so, else null. `hash` is as for `ResolveWord`.
 */
export type EmoticonAt = (text: string, from: number, to: number, hash: number) => string | null;

/** An `EmoticonAt` that asks `isEmoticon` about the lowercased chunk. */
export function emoticonsWhere(isEmoticon: (chunk: string) => boolean): EmoticonAt {
  return (text, from, to) => {
    const lowerChunk = text.slice(from, to).toLowerCase();
    return isEmoticon(lowerChunk) ? lowerChunk : null;
  };
}

/**
 * The tokens of one text as parallel columns, without an object per token (the engine's hot path, which reuses the
 * arrays from text to text, so only the first `count` entries belong to the current text): `texts[i]` is the token's
 * lowercased text, `marks[i]` its TOKEN_* bits plus the exclamation count, and `words[i]` what the resolver made of
 * it (undefined for emoticons and emoji).
 */
export interface TokenColumns<W extends ScannedWord = ScannedWord> {
  texts: string[];
  marks: number[];
  words: Array<W | undefined>;
  count: number;
  mixedCase: boolean;
}

export function emptyTokenColumns<W extends ScannedWord = ScannedWord>(): TokenColumns<W> {
  return { texts: [], marks: [], words: [], count: 0, mixedCase: false };
}

/** An emoticon or emoji. */
export const TOKEN_LITERAL = 1;
export const TOKEN_CLAUSE_END = 2;
export const TOKEN_SENTENCE_END = 4;
export const TOKEN_QUESTION = 8;
export const TOKEN_SHOUTED = 16;
export const TOKEN_ELONGATED = 32;
/** marks >>> EXCLAMATION_SHIFT is the number of exclamation marks after the token. */
export const EXCLAMATION_SHIFT = 6;

const APOSTROPHES = /[\u2018\u2019\u02bc`]/g;

function isWordChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 39 || // '
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) // Latin letters with accents
  );
}

/** Emoji and pictographs: each becomes its own token. */
function isPictograph(code: number): boolean {
  return (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x2600 && code <= 0x27bf) || code === 0x2764;
}

/** Collapses runs of three or more identical letters to two ("soooo" -> "soo"). */
export function collapseRuns(word: string, keep: 1 | 2): string {
  let out = '';
  let run = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    run = i > 0 && word[i - 1] === ch ? run + 1 : 1;
    if (run <= keep) out += ch;
  }
  return out;
}

export function hasRunOfThree(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122 && c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

export function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/**
 * Splits `text` into token columns (into `out` when given, overwriting it). `emoticonAt` is asked about
 * whitespace-separated chunks that are not plain words, so ":-)" or "<3" survive punctuation stripping.
 * Each word goes through `resolveWord` (by default `scanWord`), so a caller can remember what words become.
 * Written as one loop with few calls: it runs for every utterance, often before V8 has optimized it.
 */
export function scanTokens<W extends ScannedWord = ScannedWord>(
  rawText: string,
  emoticonAt: EmoticonAt,
  out: TokenColumns<W> = emptyTokenColumns<W>(),
  resolveWord: ResolveWord<W> = scanWord as ResolveWord<W>,
): TokenColumns<W> {
  // Curly quotes and backticks stand for apostrophes: met while scanning, they send the text round again, replaced.
  if (!scanInto(rawText, true, emoticonAt, out, resolveWord)) scanInto(rawText.replace(APOSTROPHES, "'"), false, emoticonAt, out, resolveWord);
  return out;
}

/** `scanTokens` over `text`; false, with `out` half written, when `stopAtQuotes` and the text has a quote to replace. */
function scanInto<W extends ScannedWord>(text: string, stopAtQuotes: boolean, emoticonAt: EmoticonAt, out: TokenColumns<W>, resolveWord: ResolveWord<W>): boolean {
  const { texts, marks, words } = out;
  let count = 0;
  let mixedCase = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && text.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    const start = i;
    // One pass over the chunk: letters and apostrophes only? lowercase ASCII letters? anything beyond ASCII (then the
    // string functions decide case)? Its hash, for the resolver when it is one word.
    let plain = true;
    let lower = false;
    let wide = false;
    let hash = HASH_SEED;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c <= 32) break;
      hash = hashStep(hash, c);
      if (c >= 97 && c <= 122) lower = true;
      else if (c > 127) {
        if (stopAtQuotes && (c === 0x2019 || c === 0x2018)) return false;
        wide = true;
        plain = false;
      } else if (c !== 39 && (c < 65 || c > 90)) {
        if (stopAtQuotes && c === 96) return false;
        plain = false;
      }
      i++;
    }
    if (!plain && i - start > 1) {
      const emoticon = emoticonAt(text, start, i, hash);
      if (emoticon !== null) {
        texts[count] = emoticon;
        words[count] = undefined;
        marks[count++] = TOKEN_LITERAL;
        continue;
      }
    }
    if (!mixedCase) mixedCase = wide ? text.slice(start, i) !== text.slice(start, i).toUpperCase() : lower;
    if (plain) {
      const word = resolveWord(text, start, i, hash);
      if (word !== null) {
        texts[count] = word.text;
        words[count] = word;
        marks[count++] = word.mark;
      }
      continue;
    }
    // Break the chunk into word and pictograph tokens, marking clause punctuation on the token before it.
    let k = start;
    while (k < i) {
      let code = text.charCodeAt(k);
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < i) code = text.codePointAt(k)!;
      if (isWordChar(code)) {
        let end = k + 1;
        let wordHash = hashStep(HASH_SEED, code);
        for (let c = text.charCodeAt(end); end < i && isWordChar(c); c = text.charCodeAt(++end)) wordHash = hashStep(wordHash, c);
        const word = resolveWord(text, k, end, wordHash);
        if (word !== null) {
          texts[count] = word.text;
          words[count] = word;
          marks[count++] = word.mark;
        }
        k = end;
        continue;
      }
      if (isPictograph(code)) {
        texts[count] = String.fromCodePoint(code);
        words[count] = undefined;
        marks[count++] = TOKEN_LITERAL;
      } else if (count > 0) {
        const last = count - 1;
        if (code === 46) marks[last] = marks[last]! | TOKEN_CLAUSE_END | TOKEN_SENTENCE_END;
        else if (code === 33) marks[last] = (marks[last]! | TOKEN_CLAUSE_END | TOKEN_SENTENCE_END) + (1 << EXCLAMATION_SHIFT);
        else if (code === 63) marks[last] = marks[last]! | TOKEN_CLAUSE_END | TOKEN_SENTENCE_END | TOKEN_QUESTION;
        else if (code === 44 || code === 59 || code === 58) marks[last] = marks[last]! | TOKEN_CLAUSE_END;
      }
      k += code > 0xffff ? 2 : 1;
    }
  }
  out.count = count;
  out.mixedCase = mixedCase;
  return true;
}

/**
 * The word text[from, to) without quotes used as punctuation (inner apostrophes stay: don't, it's, and so does
 * "goin'"), lowercased and marked; null when only quotes were left. Depends on those characters alone.
 */
export function scanWord(text: string, from: number, to: number): ScannedWord | null {
  let start = from;
  let end = to;
  while (start < end && text.charCodeAt(start) === 39) start++;
  while (end > start && text.charCodeAt(end - 1) === 39 && !(end - start >= 2 && text.charCodeAt(end - 2) === 110)) end--;
  if (end === start) return null;
  const raw = text.slice(start, end);
  const lower = raw.toLowerCase();
  let mark = lower !== raw && isAllCaps(raw) ? TOKEN_SHOUTED : 0;
  if (hasRunOfThree(lower)) mark |= TOKEN_ELONGATED;
  return { text: lower, mark };
}

/** Splits `text` into tokens: `scanTokens` with one object per token. */
export function tokenize(rawText: string, isEmoticon: (chunk: string) => boolean): TokenizedText {
  const { texts, marks, count, mixedCase } = scanTokens(rawText, emoticonsWhere(isEmoticon));
  const tokens = texts.slice(0, count).map((text, i): Token => {
    const mark = marks[i]!;
    return {
      text,
      shouted: (mark & TOKEN_SHOUTED) !== 0,
      elongated: (mark & TOKEN_ELONGATED) !== 0,
      clauseEnd: (mark & TOKEN_CLAUSE_END) !== 0,
      sentenceEnd: (mark & TOKEN_SENTENCE_END) !== 0,
      question: (mark & TOKEN_QUESTION) !== 0,
      exclamations: mark >>> EXCLAMATION_SHIFT,
    };
  });
  return { tokens, mixedCase };
}
