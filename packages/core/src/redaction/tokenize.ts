/** A word, digit group, placeholder or punctuation mark with its character offsets in the text. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly kind: 'word' | 'num' | 'ordinal' | 'numx' | 'placeholder' | 'punct';
  readonly start: number;
  readonly end: number;
  /** Whitespace separates this token from the previous one. */
  readonly spaced: boolean;
}

// Order matters: placeholders, ordinals ("14th"), dotted or comma'd numbers ("1,250.00", "3:45"), digits, words, one symbol.
const TOKEN = /\[[A-Z_]+\]|\d+(?:st|nd|rd|th)\b|\d+(?:[.,:]\d+)+|\d+|[A-Za-z]+(?:['’][A-Za-z]+)*|[^\sA-Za-z\d]/g;

/**
 * The last two texts tokenized and their tokens: redacting a call reads each utterance twice, as the text and then as
 * the next one's context (with that next text tokenized in between), so two remembered answers halve the work.
 * Tokens are never modified once made.
 */
const remembered: Array<{ text: string; tokens: readonly Token[] }> = [];

export function tokenize(text: string): readonly Token[] {
  for (const entry of remembered) if (entry.text === text) return entry.tokens;
  const tokens = tokenizeAnew(text);
  if (remembered.length === 2) remembered.shift();
  remembered.push({ text, tokens });
  return tokens;
}

function tokenizeAnew(text: string): readonly Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const spaced = start > previousEnd || tokens.length === 0;
    previousEnd = start + raw.length;
    if (isDigit(raw.charCodeAt(0)) && /^\d+(?:\.\d+){2,}$/.test(raw)) {
      // 555.123.4567: dotted digit groups are written numbers, one token per group.
      let offset = start;
      raw.split('.').forEach((group, i) => {
        if (i > 0) {
          tokens.push({ text: '.', lower: '.', kind: 'punct', start: offset, end: offset + 1, spaced: false });
          offset++;
        }
        tokens.push({ text: group, lower: group, kind: 'num', start: offset, end: offset + group.length, spaced: i === 0 ? spaced : false });
        offset += group.length;
      });
      continue;
    }
    tokens.push({ text: raw, lower: raw.toLowerCase(), kind: kindOf(raw), start, end: start + raw.length, spaced });
  }
  return tokens;
}

/** The kind of a token TOKEN matched, from its first and last characters (each alternative of TOKEN has its own). */
function kindOf(raw: string): Token['kind'] {
  const first = raw.charCodeAt(0);
  if (first === 91 /* [ */ && raw.length > 2) return 'placeholder';
  if (isDigit(first)) {
    const last = raw.charCodeAt(raw.length - 1);
    if (isLetter(last)) return 'ordinal';
    for (let i = 1; i < raw.length; i++) if (!isDigit(raw.charCodeAt(i))) return 'numx';
    return 'num';
  }
  return isLetter(first) ? 'word' : 'punct';
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}
