import type { Call } from '@undertone/core';

/** Personal data planted in test calls; none of it may be found in the database after ingest. */
export const SECRETS = {
  card: '4539148803436467',
  cardSpoken: 'five five two oh seven six one nine three three eight two seven oh four seven',
  ssn: '219-09-9999',
  email: 'rosa.delgado@example.org',
  phone: '(415) 555-2671',
};

/** Each secret as a pattern that also finds it with spaces, dashes or other separators between its digits. */
export function secretPatterns(): Record<string, RegExp> {
  const digitsLoose = (digits: string) => new RegExp(digits.replace(/\D/g, '').split('').join('\\D{0,3}'));
  return {
    card: digitsLoose(SECRETS.card),
    cardSpoken: new RegExp(SECRETS.cardSpoken.split(' ').slice(0, 6).join('\\W+'), 'i'),
    cardSpokenDigits: digitsLoose('5520761933827047'),
    ssn: digitsLoose(SECRETS.ssn),
    email: new RegExp(SECRETS.email.replace(/\./g, '\\.'), 'i'),
    phone: digitsLoose(SECRETS.phone),
  };
}

/** A native call where a customer reads out a card (written and spoken), an SSN, an email and a phone number. */
export function callWithPii(id: string): Call {
  const spoken = `sure it is ${SECRETS.cardSpoken} thanks`;
  return {
    id,
    agent: { id: 'agent-9', name: 'Lee' },
    team: 'billing',
    callType: 'inbound-support',
    startedAt: '2026-11-20T15:00:00.000Z',
    metadata: { customerPhone: SECRETS.phone, customerEmail: SECRETS.email, orderNumber: 'A-20391' },
    utterances: [
      { speaker: 'agent', startMs: 0, endMs: 3000, text: 'Thanks for calling, can I get the card number on the account?' },
      {
        speaker: 'customer',
        startMs: 3200,
        endMs: 12000,
        text: spoken,
        words: spoken.split(' ').map((w, i) => ({ text: w, startMs: 3200 + i * 400, endMs: 3200 + i * 400 + 350 })),
      },
      { speaker: 'agent', startMs: 12200, endMs: 14000, text: 'And the other card you mentioned?' },
      { speaker: 'customer', startMs: 14200, endMs: 19000, text: `It's ${SECRETS.card.match(/.{4}/g)!.join(' ')}, and my social is ${SECRETS.ssn}.` },
      { speaker: 'customer', startMs: 19200, endMs: 23000, text: `Email me at ${SECRETS.email} or call ${SECRETS.phone}.` },
      { speaker: 'agent', startMs: 23200, endMs: 26000, text: 'Thank you, your order number is 20391 and I have updated it.' },
    ],
  };
}
