import { DIGIT_WORDS, MONTHS, ORDINAL_WORDS, TEEN_WORDS, TENS_WORDS } from './number-words.js';
import type { Token } from './tokenize.js';

/** A date said with a month name: "March 14th, 1985", "the fourteenth of march nineteen eighty five", "march twenty twenty seven". */
export interface DateExpression {
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

const CONNECTORS = new Set([',', '-', 'the', 'of', "'", '’', 'and']);

export function findMonthDates(tokens: readonly Token[]): DateExpression[] {
  const found: DateExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !(t.lower in MONTHS)) continue;
    if (t.lower === 'may' && !numeric(tokens[i + 1]) && !numeric(tokens[i + 2])) continue;
    let first = i;
    let last = i;
    // Right: day and year words, with commas, "of", "the" between.
    for (let k = i + 1, budget = 8; k < tokens.length && budget > 0; k++, budget--) {
      if (numeric(tokens[k])) last = k;
      else if (!CONNECTORS.has(tokens[k]!.lower)) break;
    }
    // Left: "the fourteenth of", "14th", "14".
    for (let k = i - 1, budget = 4; k >= 0 && budget > 0; k--, budget--) {
      if (numeric(tokens[k])) first = k;
      else if (!CONNECTORS.has(tokens[k]!.lower) || tokens[k]!.lower === 'and') break;
    }
    if (first === i && last === i) continue;
    // "the fourteenth of march": the article belongs to the date.
    if (first < i && tokens[first - 1]?.lower === 'the') first--;
    found.push({ firstToken: first, lastToken: last, start: tokens[first]!.start, end: tokens[last]!.end });
    i = last;
  }
  return found;
}

function numeric(t: Token | undefined): boolean {
  if (!t) return false;
  if (t.kind === 'num' || t.kind === 'ordinal') return true;
  if (t.kind !== 'word') return false;
  const w = t.lower;
  return w in ORDINAL_WORDS || w in TEEN_WORDS || w in TENS_WORDS || (w in DIGIT_WORDS && w !== 'o') || w === 'thousand' || w === 'hundred';
}
