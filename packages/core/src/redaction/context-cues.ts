import { isNumberWord } from './number-words.js';
import type { Token } from './tokenize.js';

/** What a nearby phrase says the next number is. `other` marks order, ticket and similar ids, amounts and appointments. */
export type ContextKind = 'card' | 'cvv' | 'expiry' | 'ssn' | 'bank_account' | 'routing' | 'phone' | 'dob' | 'other';

const CUES: Record<ContextKind, string[]> = {
  card: [
    'card', 'card number', 'credit card', 'debit card', 'visa', 'mastercard', 'master card', 'amex', 'american express',
    'discover', 'long number', 'number on the front', 'card on file', 'cc',
  ],
  cvv: ['cvv', 'cvc', 'cvv2', 'cid', 'security code', 'three digit code', 'four digit code', 'code on the back', 'three digits on the back', 'digits on the back'],
  expiry: ['expires', 'expire', 'expiring', 'expiration', 'expiration date', 'expiry', 'exp', 'exp date', 'valid through', 'valid thru', 'good through', 'good thru'],
  ssn: ['social', 'social security', 'social security number', 'ssn', 's s n', 'tax id', 'taxpayer id', 'itin'],
  bank_account: [
    'account number', 'account no', 'acct', 'checking', 'checking account', 'savings', 'savings account', 'bank account',
    'account and routing', 'account #',
  ],
  routing: ['routing', 'routing number', 'aba', 'transit number', 'routing and account'],
  phone: [
    'phone', 'phone number', 'cell', 'cell phone', 'mobile', 'telephone', 'callback number', 'call back number', 'call me at', 'call me back at',
    'reach me at', 'reach you at', 'text me at', 'my number', 'best number', 'contact number', 'home number', 'work number', 'fax', 'landline',
    'number to reach', 'number on file', 'reach me on', 'call you back at', 'call me on', 'call me', 'ring me', 'ring me on', 'text me', 'whatsapp',
  ],
  dob: ['date of birth', 'birth date', 'birthdate', 'birthday', 'born', 'born on', 'dob', 'd o b'],
  other: [
    'order', 'order number', 'ticket', 'ticket number', 'confirmation', 'confirmation number', 'confirmation code', 'reference', 'reference number',
    'ref', 'case', 'case number', 'tracking', 'tracking number', 'invoice', 'claim', 'claim number', 'policy number', 'transaction', 'member id',
    'member number', 'customer id', 'customer number', 'extension', 'ext', 'zip', 'zip code', 'postal code', 'model', 'model number', 'serial',
    'serial number', 'sku', 'item', 'part number', 'promo', 'promo code', 'plan', 'flight', 'room', 'appointment', 'scheduled', 'balance',
    'total', 'charge', 'charged', 'price', 'fee', 'refund', 'credit of', 'payment of', 'amount', 'rma', 'work order', 'incident', 'pin',
    'rewards number', 'loyalty number', 'booking', 'reservation', 'store number', 'agent id', 'employee id', 'badge',
  ],
};

interface Cue {
  kind: ContextKind;
  words: string[];
}

const CUE_LIST: Cue[] = Object.entries(CUES)
  .flatMap(([kind, phrases]) => phrases.map((p) => ({ kind: kind as ContextKind, words: p.split(' ') })))
  .sort((a, b) => b.words.length - a.words.length);

const FIRST_WORDS = new Set(CUE_LIST.map((c) => c.words[0]!));

/**
 * Words that open a cue phrase: never taken into an email or street name, so redaction cannot swallow a cue.
 * Single letters ("d o b", "s s n") and number words ("four digit code") are left out: they are initials,
 * street directions and digits far more often.
 */
export function isCueWord(lower: string): boolean {
  return lower.length > 1 && FIRST_WORDS.has(lower) && !isNumberWord(lower);
}

/**
 * How specific a cue is. An agent's question names the most specific thing it asks for ("the expiration date
 * on the card" asks for the expiry), so the previous utterance lends its most specific cue, not its last.
 */
export function cueSpecificity(kind: ContextKind): number {
  if (kind === 'other') return 0;
  if (kind === 'card' || kind === 'bank_account' || kind === 'phone') return 1;
  return 2;
}

/** A cue phrase found in the tokens, by token index (end exclusive). */
export interface CueMatch {
  kind: ContextKind;
  first: number;
  end: number;
}

/** Every cue phrase, longest first at each position, not overlapping. */
export function findCues(tokens: readonly Token[]): CueMatch[] {
  const found: CueMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!FIRST_WORDS.has(tokens[i]!.lower)) continue;
    for (const cue of CUE_LIST) {
      if (cue.words.every((w, k) => tokens[i + k]?.lower === w)) {
        found.push({ kind: cue.kind, first: i, end: i + cue.words.length });
        i += cue.words.length - 1;
        break;
      }
    }
  }
  return found;
}
