import { abaValid, isCardNumber, nanpValid, ssnValid } from './checksums.js';
import type { TextRedaction } from './categories.js';
import type { ContextKind } from './context-cues.js';
import type { DigitRun } from './digit-runs.js';

/**
 * Decides what a digit run is, given the cue that governs it (none when no cue is near).
 * Checksums and number plans decide without a cue; a cue lets shorter or unchecked numbers through.
 */
export function classifyRun(run: DigitRun, context: ContextKind | undefined): TextRedaction[] {
  const n = run.digits.length;
  const whole = (category: TextRedaction['category']): TextRedaction[] => [{ category, start: run.start, end: run.end }];
  if (run.quantity && context !== 'cvv') return [];
  switch (context) {
    case 'card':
      if (n >= 12 && n <= 19) return whole('card');
      return n > 19 ? cardsWithin(run, context) : uncued(run, context);
    case 'cvv':
      return n >= 3 && n <= 4 ? whole('cvv') : uncued(run, context);
    case 'expiry':
      return n >= 3 && n <= 6 && plausibleExpiry(run.digits) ? whole('expiry') : uncued(run, context);
    case 'ssn':
      return n === 9 || n === 4 ? whole('ssn') : uncued(run, context);
    case 'routing':
      if (n === 9 && abaValid(run.digits)) return whole('routing');
      return n >= 4 && n <= 17 ? whole('bank_account') : uncued(run, context);
    case 'bank_account':
      return n >= 4 && n <= 17 ? whole('bank_account') : uncued(run, context);
    case 'phone':
      return n >= 7 && n <= 15 ? whole('phone') : uncued(run, context);
    case 'dob':
      return n >= 4 && n <= 8 ? whole('dob') : uncued(run, context);
    case 'other':
      // An order or ticket number is not redacted, unless the whole number is a valid card.
      return isCardNumber(run.digits) ? whole('card') : [];
    case undefined:
      return uncued(run);
  }
}

/** Without a cue: checksummed cards, SSNs written 3-2-4, North American and +country phone numbers. */
function uncued(run: DigitRun, context?: ContextKind): TextRedaction[] {
  const n = run.digits.length;
  const whole = (category: TextRedaction['category']): TextRedaction[] => [{ category, start: run.start, end: run.end }];
  if (n >= 13) {
    const cards = cardsWithin(run, context);
    if (cards.length > 0) return cards;
  }
  const groups = run.units.map((u) => (u.spoken ? 0 : u.digits.length)).join('-');
  if (groups === '3-2-4' && ssnValid(run.digits)) return whole('ssn');
  if (run.plus && n >= 8 && n <= 15) return whole('phone');
  if ((n === 10 || (n === 11 && run.digits[0] === '1')) && nanpValid(run.digits)) return whole('phone');
  return [];
}

/**
 * Card numbers inside a longer run, on unit boundaries, longest first from the earliest start; the pieces
 * left over are read as numbers of their own under the same cue. Under a card cue, digits left over beside
 * a card are redacted as card too: they are usually its expiry or code.
 */
function cardsWithin(run: DigitRun, context: ContextKind | undefined): TextRedaction[] {
  const found: TextRedaction[] = [];
  const leftovers: Array<[number, number]> = [];
  let s = 0;
  let pieceStart = 0;
  while (s < run.units.length) {
    let best = -1;
    let digits = '';
    for (let e = s; e < run.units.length && digits.length < 19; e++) {
      digits += run.units[e]!.digits;
      if (digits.length >= 13 && digits.length <= 19 && isCardNumber(digits)) best = e;
    }
    if (best >= 0) {
      if (s > pieceStart) leftovers.push([pieceStart, s - 1]);
      found.push({ category: 'card', start: run.units[s]!.start, end: run.units[best]!.end });
      s = best + 1;
      pieceStart = s;
    } else s++;
  }
  if (found.length === 0) return [];
  if (context === 'card') return [{ category: 'card', start: run.start, end: run.end }];
  if (pieceStart < run.units.length) leftovers.push([pieceStart, run.units.length - 1]);
  for (const [a, b] of leftovers) found.push(...classifyRun(subRun(run, a, b), context));
  return found;
}

function subRun(run: DigitRun, a: number, b: number): DigitRun {
  const units = run.units.slice(a, b + 1);
  return {
    ...run,
    units,
    digits: units.map((u) => u.digits).join(''),
    start: a === 0 ? run.start : units[0]!.start,
    end: units[units.length - 1]!.end,
    plus: a === 0 && run.plus,
    paren: a === 0 && run.paren,
  };
}

/** MYY, MMYY, MMYYYY with a real month, or a year alone within a card's lifetime ("twenty twenty six"). */
function plausibleExpiry(digits: string): boolean {
  if (/^20[2-4]\d$/.test(digits)) return true;
  const month = digits.length === 3 ? Number(digits[0]) : Number(digits.slice(0, 2));
  return month >= 1 && month <= 12;
}
