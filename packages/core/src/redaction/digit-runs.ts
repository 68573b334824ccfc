import { readUnit, type DigitUnit } from './number-units.js';
import type { Token } from './tokenize.js';

export type { DigitUnit } from './number-units.js';

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
