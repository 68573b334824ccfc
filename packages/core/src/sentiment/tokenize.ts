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

/**
 * The tokens of one text as parallel columns, without an object per token (the engine's hot path):
 * `texts[i]` is a word as written (quotes trimmed, case kept) or, when `marks[i]` has TOKEN_LITERAL,
 * an emoticon already lowercased or an emoji; `marks[i]` holds the TOKEN_* bits and the exclamation count.
 */
export interface TokenColumns {
  texts: string[];
  marks: number[];
  mixedCase: boolean;
}

/** An emoticon or emoji: its text is final (never shouted or elongated). */
export const TOKEN_LITERAL = 1;
export const TOKEN_CLAUSE_END = 2;
export const TOKEN_SENTENCE_END = 4;
export const TOKEN_QUESTION = 8;
/** marks >>> EXCLAMATION_SHIFT is the number of exclamation marks after the token. */
export const EXCLAMATION_SHIFT = 4;

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
 * Splits `text` into token columns. `isEmoticon` is asked (with the lowercased chunk) about whitespace-separated
 * chunks that are not plain words, so ":-)" or "<3" survive punctuation stripping.
 */
export function scanTokens(rawText: string, isEmoticon: (chunk: string) => boolean): TokenColumns {
  const text = rawText.indexOf('\u2019') >= 0 || rawText.indexOf('\u2018') >= 0 || rawText.indexOf('`') >= 0
    ? rawText.replace(APOSTROPHES, "'")
    : rawText;
  const texts: string[] = [];
  const marks: number[] = [];
  let mixedCase = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && text.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    const start = i;
    // One pass over the chunk: is it letters and apostrophes only, and does it have a lowercase ASCII letter or
    // any non-ASCII character (then `toUpperCase` decides whether it has lowercase letters)?
    let plain = true;
    let lower = false;
    let wide = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c <= 32) break;
      if (c >= 97 && c <= 122) lower = true;
      else if (c > 127) {
        wide = true;
        plain = false;
      } else if (!(c >= 65 && c <= 90) && c !== 39) plain = false;
      i++;
    }
    if (!plain && i - start > 1) {
      const lowerChunk = text.slice(start, i).toLowerCase();
      if (isEmoticon(lowerChunk)) {
        texts.push(lowerChunk);
        marks.push(TOKEN_LITERAL);
        continue;
      }
    }
    splitChunk(text, start, i, texts, marks);
    if (!mixedCase) mixedCase = wide ? text.slice(start, i) !== text.slice(start, i).toUpperCase() : lower;
  }
  return { texts, marks, mixedCase };
}

/** Breaks the whitespace-free chunk text[from, to) into word and pictograph tokens, marking clause punctuation. */
function splitChunk(text: string, from: number, to: number, texts: string[], marks: number[]): void {
  let k = from;
  while (k < to) {
    let code = text.charCodeAt(k);
    if (code >= 0xd800 && code <= 0xdbff && k + 1 < to) code = text.codePointAt(k)!;
    if (isWordChar(code)) {
      let end = k + 1;
      while (end < to && isWordChar(text.charCodeAt(end))) end++;
      pushWord(text, k, end, texts, marks);
      k = end;
      continue;
    }
    const width = code > 0xffff ? 2 : 1;
    if (isPictograph(code)) {
      texts.push(String.fromCodePoint(code));
      marks.push(TOKEN_LITERAL);
    } else if (marks.length > 0) {
      const last = marks.length - 1;
      if (code === 46) marks[last] = marks[last]! | TOKEN_CLAUSE_END | TOKEN_SENTENCE_END;
      else if (code === 33) marks[last] = (marks[last]! | TOKEN_CLAUSE_END | TOKEN_SENTENCE_END) + (1 << EXCLAMATION_SHIFT);
      else if (code === 63) marks[last] = marks[last]! | TOKEN_CLAUSE_END | TOKEN_SENTENCE_END | TOKEN_QUESTION;
      else if (code === 44 || code === 59 || code === 58) marks[last] = marks[last]! | TOKEN_CLAUSE_END;
    }
    k += width;
  }
}

/** Pushes text[from, to) without quotes used as punctuation; inner apostrophes stay (don't, it's) and so does "goin'". */
function pushWord(text: string, from: number, to: number, texts: string[], marks: number[]): void {
  let start = from;
  let end = to;
  while (start < end && text.charCodeAt(start) === 39) start++;
  while (end > start && text.charCodeAt(end - 1) === 39 && !(end - start >= 2 && text.charCodeAt(end - 2) === 110)) end--;
  if (end === start) return;
  texts.push(text.slice(start, end));
  marks.push(0);
}

/** Splits `text` into tokens: `scanTokens` with one object per token. */
export function tokenize(rawText: string, isEmoticon: (chunk: string) => boolean): TokenizedText {
  const { texts, marks, mixedCase } = scanTokens(rawText, isEmoticon);
  const tokens = texts.map((raw, i): Token => {
    const mark = marks[i]!;
    const literal = (mark & TOKEN_LITERAL) !== 0;
    const text = literal ? raw : raw.toLowerCase();
    return {
      text,
      shouted: !literal && text !== raw && isAllCaps(raw),
      elongated: !literal && hasRunOfThree(text),
      clauseEnd: (mark & TOKEN_CLAUSE_END) !== 0,
      sentenceEnd: (mark & TOKEN_SENTENCE_END) !== 0,
      question: (mark & TOKEN_QUESTION) !== 0,
      exclamations: mark >>> EXCLAMATION_SHIFT,
    };
  });
  return { tokens, mixedCase };
}
