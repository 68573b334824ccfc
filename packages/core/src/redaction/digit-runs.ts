import { DIGIT_WORDS, HOMOPHONES, REPEAT_WORDS, TEEN_WORDS, TENS_WORDS } from './number-words.js';
import type { Token } from './tokenize.js';

/** One spoken or written piece of a number: "4111", "four", "twenty one", "double five". */
export interface DigitUnit {
  digits: string;
  start: number;
  end: number;
  spoken: boolean;
}

/** Consecutive digit units joined only by spaces, dashes, dots, commas or fillers (a slash starts a date instead). */
export interface DigitRun {
  units: DigitUnit[];
  digits: string;
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
  /** Led by "+" or "plus": an international phone number. */
  plus: boolean;
  /** Written digit groups joined by "-" (as in 123-45-6789 or 4111-1111-...). */
  dashed: boolean;
  /** Opens with "(" as in (555) 123-4567. */
  paren: boolean;
  /** Money, a percentage, a duration or a count: "$1,250", "45 minutes", "3 items". */
  quantity: boolean;
}

const FILLERS = new Set(['uh', 'um', 'umm', 'uhm', 'er', 'erm', 'ah', 'hmm', 'dash', 'hyphen']);
const JOIN_PUNCT = new Set(['-', ',', '.', '(', ')', '–']);
const QUANTITY_AFTER = new Set([
  'dollars', 'dollar', 'bucks', 'cents', 'percent', '%', 'k', 'grand', 'minutes', 'minute', 'mins', 'hours', 'hour', 'hrs',
  'seconds', 'secs', 'days', 'day', 'weeks', 'week', 'months', 'month', 'years', 'year', 'times', 'items', 'item', 'people',
  'am', 'pm', "o'clock", 'gigs', 'gb', 'mb', 'mbps', 'pounds', 'lbs', 'miles', 'feet', 'inches', 'calls', 'texts',
  'lines', 'devices', 'users', 'seats', 'units', 'pieces', 'boxes', 'orders', 'payments', 'installments', 'points', 'stars',
]);
const QUANTITY_BEFORE = new Set(['$', '£', '€', 'usd']);

/** Finds every digit run in the tokens, spoken or written. */
export function findDigitRuns(tokens: readonly Token[]): DigitRun[] {
  const runs: DigitRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = readUnit(tokens, i, false);
    if (!first) {
      i++;
      continue;
    }
    const units: DigitUnit[] = [first.unit];
    let lastToken = first.next - 1;
    let dashed = false;
    let j = first.next;
    for (;;) {
      let k = j;
      let sawDash = false;
      while (k < tokens.length && isJoiner(tokens, k)) {
        if (tokens[k]!.lower === '-' && !tokens[k]!.spaced) sawDash = true;
        k++;
      }
      const unit = readUnit(tokens, k, true);
      if (!unit) break;
      // "555-234-5678 12/27": a written number right before a slash starts a date, not more of this run.
      if (!unit.unit.spoken && isSlash(tokens[unit.next])) break;
      if (sawDash && !units[units.length - 1]!.spoken && !unit.unit.spoken) dashed = true;
      units.push(unit.unit);
      lastToken = unit.next - 1;
      j = unit.next;
    }
    const firstToken = first.start;
    runs.push({
      units,
      digits: units.map((u) => u.digits).join(''),
      start: tokens[prefixStart(tokens, firstToken)]!.start,
      end: units[units.length - 1]!.end,
      firstToken,
      lastToken,
      plus: leadingPlus(tokens, firstToken),
      dashed,
      paren: tokens[firstToken - 1]?.lower === '(' || (tokens[firstToken - 1]?.lower === '+' && tokens[firstToken - 2]?.lower === '('),
      quantity: QUANTITY_BEFORE.has(tokens[firstToken - 1]?.lower ?? '') || QUANTITY_AFTER.has(tokens[lastToken + 1]?.lower ?? ''),
    });
    i = lastToken + 1;
  }
  return runs;
}

/** Where the run's text begins: a leading "+", "plus" or "(" belongs to the number. */
function prefixStart(tokens: readonly Token[], first: number): number {
  let k = first;
  while (k > 0 && ['+', 'plus', '('].includes(tokens[k - 1]!.lower) && k > first - 2) k--;
  return k;
}

function leadingPlus(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower;
  return before === '+' || before === 'plus' || (before === '(' && tokens[first - 2]?.lower === '+');
}

function isJoiner(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (t.kind === 'punct') {
    if (t.lower === '.') return !t.spaced && tokens[k - 1]?.kind === 'num' && tokens[k + 1]?.kind === 'num' && !tokens[k + 1]!.spaced;
    // A comma joins spoken digits ("four one one one, one one one one") but separates written numbers ("555 1234, 555 9876").
    if (t.lower === ',') return tokens[k - 1]?.kind === 'word' && tokens[k + 1]?.kind === 'word';
    return JOIN_PUNCT.has(t.lower);
  }
  return t.kind === 'word' && FILLERS.has(t.lower);
}

export function isSlash(t: Token | undefined): boolean {
  return t?.lower === '/' || t?.lower === 'slash';
}

/** Reads one unit at token `i`: its digits, its character span and the index after it. */
function readUnit(tokens: readonly Token[], i: number, continuing: boolean): { unit: DigitUnit; start: number; next: number } | undefined {
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
