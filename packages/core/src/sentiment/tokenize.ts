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
 * The tokens of one text as parallel columns, without an object per token (the engine's hot path, which reuses the
 * arrays from text to text, so only the first `count` entries belong to the current text): `texts[i]` is the token's
 * lowercased text and `marks[i]` its TOKEN_* bits plus the exclamation count.
 */
export interface TokenColumns {
  texts: string[];
  marks: number[];
  count: number;
  mixedCase: boolean;
}

export function emptyTokenColumns(): TokenColumns {
  return { texts: [], marks: [], count: 0, mixedCase: false };
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
 * Splits `text` into token columns (into `out` when given, overwriting it). `isEmoticon` is asked (with the lowercased
 * chunk) about whitespace-separated chunks that are not plain words, so ":-)" or "<3" survive punctuation stripping.
 * Written as one loop with few calls: it runs for every utterance, often before V8 has optimized it.
 */
export function scanTokens(rawText: string, isEmoticon: (chunk: string) => boolean, out: TokenColumns = emptyTokenColumns()): TokenColumns {
  const text = rawText.indexOf('\u2019') >= 0 || rawText.indexOf('\u2018') >= 0 || rawText.indexOf('`') >= 0
    ? rawText.replace(APOSTROPHES, "'")
    : rawText;
  const texts = out.texts;
  const marks = out.marks;
  let count = 0;
  let mixedCase = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && text.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    const start = i;
    // One pass over the chunk: letters and apostrophes only? lowercase or uppercase ASCII letters? anything beyond
    // ASCII (then the string functions decide case)? a run of three identical letters (elongation)?
    let plain = true;
    let lower = false;
    let upper = false;
    let wide = false;
    let run = false;
    let previous = -1;
    let beforePrevious = -1;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c <= 32) break;
      if (c >= 97 && c <= 122) lower = true;
      else if (c >= 65 && c <= 90) upper = true;
      else if (c > 127) {
        wide = true;
        plain = false;
      } else if (c !== 39) plain = false;
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        const folded = c | 32;
        if (folded === previous && folded === beforePrevious) run = true;
        beforePrevious = previous;
        previous = folded;
      } else {
        previous = beforePrevious = -1;
      }
      i++;
    }
    if (!plain && i - start > 1) {
      const lowerChunk = text.slice(start, i).toLowerCase();
      if (isEmoticon(lowerChunk)) {
        texts[count] = lowerChunk;
        marks[count++] = TOKEN_LITERAL;
        continue;
      }
    }
    if (!mixedCase) mixedCase = wide ? text.slice(start, i) !== text.slice(start, i).toUpperCase() : lower;
    const caseFolds = upper || wide;
    const mayRun = run || wide;
    if (plain) {
      count = pushWord(text, start, i, texts, marks, count, caseFolds, mayRun);
      continue;
    }
    // Break the chunk into word and pictograph tokens, marking clause punctuation on the token before it.
    let k = start;
    while (k < i) {
      let code = text.charCodeAt(k);
      if (code >= 0xd800 && code <= 0xdbff && k + 1 < i) code = text.codePointAt(k)!;
      if (isWordChar(code)) {
        let end = k + 1;
        while (end < i && isWordChar(text.charCodeAt(end))) end++;
        count = pushWord(text, k, end, texts, marks, count, caseFolds, mayRun);
        k = end;
        continue;
      }
      if (isPictograph(code)) {
        texts[count] = String.fromCodePoint(code);
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
  return out;
}

/**
 * Adds the word text[from, to) at `count` without quotes used as punctuation (inner apostrophes stay: don't, it's,
 * and so does "goin'"); returns the new count. `caseFolds`/`mayRun`: the chunk may have capitals / a letter run.
 */
function pushWord(text: string, from: number, to: number, texts: string[], marks: number[], count: number, caseFolds: boolean, mayRun: boolean): number {
  let start = from;
  let end = to;
  while (start < end && text.charCodeAt(start) === 39) start++;
  while (end > start && text.charCodeAt(end - 1) === 39 && !(end - start >= 2 && text.charCodeAt(end - 2) === 110)) end--;
  if (end === start) return count;
  const raw = text.slice(start, end);
  let mark = 0;
  let lower = raw;
  if (caseFolds) {
    lower = raw.toLowerCase();
    if (lower !== raw && isAllCaps(raw)) mark = TOKEN_SHOUTED;
  }
  if (mayRun && hasRunOfThree(lower)) mark |= TOKEN_ELONGATED;
  texts[count] = lower;
  marks[count] = mark;
  return count + 1;
}

/** Splits `text` into tokens: `scanTokens` with one object per token. */
export function tokenize(rawText: string, isEmoticon: (chunk: string) => boolean): TokenizedText {
  const { texts, marks, count, mixedCase } = scanTokens(rawText, isEmoticon);
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
