import type { DemoRng, RedactionCategory } from '@undertone/core';
import { DISTRACTORS, type DistractorKind } from './distractors.js';
import type { Piece } from './example.js';
import * as V from './values.js';
import type { Style } from './values.js';

/** One utterance pattern: what the previous speaker said (if it matters) and the labeled pieces of this utterance. */
export interface Template {
  name: string;
  build(rng: DemoRng, style: Style): { previous?: string; pieces: Piece[] };
}

const VALUE: Record<RedactionCategory, (rng: DemoRng, style: Style) => string> = {
  card: V.card,
  cvv: (rng, style) => V.cvv(rng, style),
  expiry: V.expiry,
  ssn: V.ssn,
  bank_account: V.accountNumber,
  routing: V.routingNumber,
  email: V.email,
  phone: V.phone,
  address: V.address,
  dob: V.dob,
};

/** A personal-data piece of the given category, in the style of the utterance. */
export const pii = (category: RedactionCategory, rng: DemoRng, style: Style): Piece => ({ pii: category, text: VALUE[category](rng, style) });
export const piiText = (category: RedactionCategory, text: string): Piece => ({ pii: category, text });
/** A distractor piece: must come through unredacted. */
export const distractor = (kind: DistractorKind, rng: DemoRng, style: Style): Piece => ({ distractor: kind, text: DISTRACTORS[kind](rng, style) });
