import { DIGIT_WORDS, HOMOPHONES, REPEAT_WORDS, TEEN_WORDS, TENS_WORDS } from './number-words.js';
import type { Token } from './tokenize.js';

/** One spoken or written piece of a number: "4111", "four", "twenty one", "double five", "four hundred twelve". */
export interface DigitUnit {
  digits: string;
  start: number;
  end: number;
  spoken: boolean;
}

/** Reads one unit at token `i`: its digits, its character span and the index after it. */
export function readUnit(tokens: readonly Token[], i: number, continuing: boolean): { unit: DigitUnit; start: number; next: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'num') return { unit: { digits: t.text, start: t.start, end: t.end, spoken: false }, start: i, next: i + 1 };
  if (t.kind !== 'word') return undefined;
  const w = t.lower;
  const spoken = (digits: string, endToken: number) => ({ unit: { digits, start: t.start, end: tokens[endToken]!.end, spoken: true }, start: i, next: endToken + 1 });
  if (w in REPEAT_WORDS) {
    const next = tokens[i + 1];
    const d = next && DIGIT_WORDS[next.lower];
    return d !== undefined ? spoken(d.repeat(REPEAT_WORDS[w]!), i + 1) : undefined;
  }
  if (w in TEEN_WORDS) return withHundred(tokens, i, TEEN_WORDS[w]!, spoken, continuing);
  if (w in TENS_WORDS) {
    const [unitIndex] = tensUnit(tokens, i);
    if (unitIndex !== undefined) return spoken(TENS_WORDS[w]! + DIGIT_WORDS[tokens[unitIndex]!.lower]!, unitIndex);
    return spoken(TENS_WORDS[w]! + '0', i);
  }
  // ASR writes "for", "to", "won", "ate" for digits it heard: digits only inside a run, before another digit or at its end.
  const homophone = HOMOPHONES[w];
  if (homophone !== undefined) {
    const next = tokens[i + 1];
    return continuing && (startsNumber(tokens, i + 1) || !next || next.kind === 'punct') ? spoken(homophone, i) : undefined;
  }
  const d = DIGIT_WORDS[w];
  if (d === undefined) return undefined;
  // "oh" and "o" are interjections unless another number is right beside them.
  if ((w === 'oh' || w === 'o') && !continuing && !startsNumber(tokens, i + 1)) return undefined;
  return withHundred(tokens, i, d, spoken, continuing);
}

type Spoken = (digits: string, endToken: number) => { unit: DigitUnit; start: number; next: number };

/**
 * "four hundred", "four hundred twelve", "four hundred and six": three digits. Inside a digit-by-digit run
 * ("one eight hundred five five five ...") "hundred" is only "00": the words after it are digits of their own.
 */
function withHundred(tokens: readonly Token[], i: number, digits: string, spoken: Spoken, continuing: boolean) {
  if (digits.length === 1 && tokens[i + 1]?.lower === 'thousand') return withThousand(tokens, i, digits, spoken);
  if (digits.length !== 1 || tokens[i + 1]?.lower !== 'hundred') return spoken(digits, i);
  if (continuing) return spoken(digits + '00', i + 1);
  let k = i + 2;
  if (tokens[k]?.lower === 'and') k++;
  const t = tokens[k];
  if (t && t.lower in TEEN_WORDS) return spoken(digits + TEEN_WORDS[t.lower]!, k);
  if (t && t.lower in TENS_WORDS) {
    const [unitIndex] = tensUnit(tokens, k);
    if (unitIndex !== undefined) return spoken(digits + TENS_WORDS[t.lower]! + DIGIT_WORDS[tokens[unitIndex]!.lower]!, unitIndex);
    return spoken(digits + TENS_WORDS[t.lower]! + '0', k);
  }
  if (t && t.lower in DIGIT_WORDS && t.lower !== 'oh' && t.lower !== 'o') return spoken(digits + '0' + DIGIT_WORDS[t.lower]!, k);
  return spoken(digits + '00', i + 1);
}

/** "two thousand", "two thousand four", "two thousand and fourteen", "two thousand twenty one": four digits (years). */
function withThousand(tokens: readonly Token[], i: number, digits: string, spoken: Spoken) {
  let k = i + 2;
  if (tokens[k]?.lower === 'and') k++;
  const t = tokens[k];
  if (t && t.lower in TEEN_WORDS) return spoken(digits + '0' + TEEN_WORDS[t.lower]!, k);
  if (t && t.lower in TENS_WORDS) {
    const [unitIndex] = tensUnit(tokens, k);
    if (unitIndex !== undefined) return spoken(digits + '0' + TENS_WORDS[t.lower]! + DIGIT_WORDS[tokens[unitIndex]!.lower]!, unitIndex);
    return spoken(digits + '0' + TENS_WORDS[t.lower]! + '0', k);
  }
  if (t && t.lower in DIGIT_WORDS && t.lower !== 'oh' && t.lower !== 'o') return spoken(digits + '00' + DIGIT_WORDS[t.lower]!, k);
  return spoken(digits + '000', i + 1);
}

/** The unit word after a tens word ("twenty one", "twenty-one"), never "oh". */
function tensUnit(tokens: readonly Token[], i: number): [number | undefined] {
  let k = i + 1;
  if (tokens[k]?.lower === '-' && !tokens[k]!.spaced) k++;
  const t = tokens[k];
  if (t && t.kind === 'word' && t.lower in DIGIT_WORDS && t.lower !== 'oh' && t.lower !== 'o' && t.lower !== 'zero') return [k];
  return [undefined];
}

function startsNumber(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'num') return true;
  return t.kind === 'word' && (t.lower in DIGIT_WORDS || t.lower in TEEN_WORDS || t.lower in TENS_WORDS || t.lower in REPEAT_WORDS);
}
