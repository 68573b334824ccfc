/** A word, digit group, placeholder or punctuation mark with its character offsets in the text. */
export interface Token {
  text: string;
  lower: string;
  kind: 'word' | 'num' | 'ordinal' | 'numx' | 'placeholder' | 'punct';
  start: number;
  end: number;
  /** Whitespace separates this token from the previous one. */
  spaced: boolean;
}

// Order matters: placeholders, ordinals ("14th"), dotted or comma'd numbers ("1,250.00", "3:45"), digits, words, one symbol.
const TOKEN = /\[[A-Z_]+\]|\d+(?:st|nd|rd|th)\b|\d+(?:[.,:]\d+)+|\d+|[A-Za-z]+(?:['’][A-Za-z]+)*|[^\sA-Za-z\d]/g;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const spaced = start > previousEnd || tokens.length === 0;
    previousEnd = start + raw.length;
    if (/^\d+(?:\.\d+){2,}$/.test(raw)) {
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

function kindOf(raw: string): Token['kind'] {
  if (raw.startsWith('[') && raw.length > 2) return 'placeholder';
  if (/^\d+$/.test(raw)) return 'num';
  if (/^\d+(?:st|nd|rd|th)$/.test(raw)) return 'ordinal';
  if (/^\d/.test(raw)) return 'numx';
  if (/^[A-Za-z]/.test(raw)) return 'word';
  return 'punct';
}
