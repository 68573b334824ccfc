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

function isClausePunct(code: number): boolean {
  return code === 44 || code === 59 || code === 58 || code === 46 || code === 33 || code === 63;
}

/** Emoji and pictographs: each becomes its own token. */
function isPictograph(code: number): boolean {
  return (code >= 0x1f300 && code <= 0x1faff) || (code >= 0x2600 && code <= 0x27bf) || code === 0x2764;
}

/** Letters and apostrophes only: cannot be an emoticon. */
function isPlainWord(chunk: string): boolean {
  for (let i = 0; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i) | 32;
    if (!((c >= 97 && c <= 122) || c === 39)) return false;
  }
  return true;
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

function hasRunOfThree(word: string): boolean {
  for (let i = 2; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122 && c === word.charCodeAt(i - 1) && c === word.charCodeAt(i - 2)) return true;
  }
  return false;
}

function isAllCaps(word: string): boolean {
  let letters = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 2;
}

/**
 * Splits `text` into tokens. `isEmoticon` is asked about whitespace-separated chunks first, so ":-)" or "<3"
 * survive punctuation stripping.
 */
export function tokenize(rawText: string, isEmoticon: (chunk: string) => boolean): TokenizedText {
  const text = rawText.indexOf('\u2019') >= 0 || rawText.indexOf('\u2018') >= 0 || rawText.indexOf('`') >= 0
    ? rawText.replace(APOSTROPHES, "'")
    : rawText;
  const tokens: Token[] = [];
  let mixedCase = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    // skip whitespace
    while (i < n && text.charCodeAt(i) <= 32) i++;
    if (i >= n) break;
    let end = i;
    while (end < n && text.charCodeAt(end) > 32) end++;
    const chunk = text.slice(i, end);
    i = end;
    if (chunk.length > 1 && !isPlainWord(chunk) && isEmoticon(chunk.toLowerCase())) {
      const lowerChunk = chunk.toLowerCase();
      tokens.push({ text: lowerChunk, shouted: false, elongated: false, clauseEnd: false, sentenceEnd: false, question: false, exclamations: 0 });
      continue;
    }
    splitChunk(chunk, tokens);
    if (!mixedCase) mixedCase = chunk !== chunk.toUpperCase();
  }
  return { tokens, mixedCase };
}

/** Breaks one whitespace-free chunk into word and pictograph tokens, marking clause punctuation. */
function splitChunk(chunk: string, out: Token[]): void {
  const n = chunk.length;
  let k = 0;
  while (k < n) {
    const code = chunk.codePointAt(k)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWordChar(code)) {
      let end = k + 1;
      while (end < n && isWordChar(chunk.charCodeAt(end))) end++;
      pushWord(chunk.slice(k, end), out);
      k = end;
    } else if (isPictograph(code)) {
      out.push({ text: String.fromCodePoint(code), shouted: false, elongated: false, clauseEnd: false, sentenceEnd: false, question: false, exclamations: 0 });
      k += width;
    } else {
      const last = out[out.length - 1];
      if (last !== undefined && isClausePunct(code)) {
        last.clauseEnd = true;
        if (code === 46 || code === 33 || code === 63) last.sentenceEnd = true;
        if (code === 63) last.question = true;
        else if (code === 33) last.exclamations++;
      }
      k += width;
    }
  }
}

function pushWord(raw: string, out: Token[]): void {
  let word = raw;
  // trim quotes used as punctuation, keep inner apostrophes (don't, it's)
  while (word.startsWith("'")) word = word.slice(1);
  while (word.endsWith("'") && !word.endsWith("n'")) word = word.slice(0, -1);
  if (word.length === 0) return;
  const lower = word.toLowerCase();
  out.push({
    text: lower,
    shouted: lower !== word && isAllCaps(word),
    elongated: hasRunOfThree(lower),
    clauseEnd: false,
    sentenceEnd: false,
    question: false,
    exclamations: 0,
  });
}
