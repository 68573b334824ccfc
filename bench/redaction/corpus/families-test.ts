import { distractor as d, pii as p, piiText, type Template } from './template.js';
import { lastFour, ssnSeparated } from './values.js';

/** Test family: reported, never tuned on. Different wording, order and structure from the dev family. */
export const TEST_TEMPLATES: Template[] = [
  { name: 'card-long-number', build: (r, s) => ({ previous: r.pick(['Read me the long number across the front.', 'Which card is this going on today?', 'Whenever you are ready, the sixteen digits on the card.']), pieces: [r.pick(['Okay ready? ', 'Alright. ', 'Let me see. ']), p('card', r, s), r.pick(['.', ', got it?', '. Did you get that?'])] }) },
  { name: 'card-charge-it', build: (r, s) => ({ pieces: [r.pick(['Just charge it to my Mastercard ', 'Use the Amex, ', 'The card on file was ']), p('card', r, s), r.pick(['.', ' I think.'])] }) },
  { name: 'card-no-cue', build: (r, s) => ({ previous: 'Okay, go ahead.', pieces: [r.pick(['So it is ', 'Here you go, ', 'Right, ']), p('card', r, s), ', ', r.pick(['did that go through?', 'sorry about the noise.'])] }) },
  { name: 'card-then-exp', build: (r, s) => ({ pieces: ['It is ', p('card', r, s), r.pick([', expiration ', ', exp date ', ', and it expires ']), p('expiry', r, s), '.'] }) },
  { name: 'cvv-back', build: (r, s) => ({ pieces: [r.pick(['The CVV is ', 'The code on the back says ', 'CVC ']), p('cvv', r, s), r.pick(['.', ', if that helps.'])] }) },
  { name: 'exp-valid-thru', build: (r, s) => ({ previous: 'What month and year does it expire?', pieces: [r.pick(['Says valid thru ', 'Um, ', 'Looks like ']), p('expiry', r, s), '.'] }) },
  { name: 'ssn-verify-identity', build: (r, s) => ({ previous: 'For security I need the full social.', pieces: [r.pick(['Okay. ', 'No problem, ', 'Sure thing, it is ']), p('ssn', r, s), r.pick(['.', ', that is mine.'])] }) },
  { name: 'ssn-tax-form', build: (r, s) => ({ pieces: ['For the tax form my social security is ', p('ssn', r, s), ', and my husband has his own.'] }) },
  { name: 'ssn-written-bare', build: (r) => ({ pieces: ['The number on my card reads ', piiText('ssn', ssnSeparated(r)), ' if you need it.'] }) },
  { name: 'ssn-last4-inline', build: (r, s) => ({ pieces: ['Last four of my social are ', piiText('ssn', lastFour(r, s)), '.'] }) },
  { name: 'bank-direct-deposit', build: (r, s) => ({ pieces: ['For direct deposit, routing ', p('routing', r, s), ', checking ', p('bank_account', r, s), '.'] }) },
  { name: 'bank-account-later', build: (r, s) => ({ previous: 'And which bank account should we debit, the account number please?', pieces: [r.pick(['Got it here. ', 'Okay, ', 'One sec. ']), p('bank_account', r, s), '.'] }) },
  { name: 'routing-aba', build: (r, s) => ({ pieces: ['The ABA number is ', p('routing', r, s), '.'] }) },
  { name: 'email-shoot', build: (r, s) => ({ pieces: [r.pick(['Shoot me an email at ', 'The email on file should be ', 'Use ']), p('email', r, s), r.pick([', thanks.', '.', ' for the receipt.'])] }) },
  { name: 'phone-text-me', build: (r, s) => ({ pieces: [r.pick(['Text me at ', 'My mobile is ', 'You can try my work number, ']), p('phone', r, s), r.pick(['.', ' anytime.'])] }) },
  { name: 'phone-confirm', build: (r, s) => ({ previous: 'Is the phone number on file still good?', pieces: ['No, it changed, it is ', p('phone', r, s), ' now.'] }) },
  { name: 'phone-no-cue', build: (r, s) => ({ pieces: ['If we get cut off just dial ', p('phone', r, s), '.'] }) },
  { name: 'address-moved', build: (r, s) => ({ pieces: [r.pick(['We moved to ', 'The new place is ', 'Mail the card to ']), p('address', r, s), r.pick([' last month.', '.', ', thank you.'])] }) },
  { name: 'address-question', build: (r, s) => ({ previous: 'What is the service address?', pieces: [r.pick(['It is ', 'That is ', '']), p('address', r, s), '.'] }) },
  { name: 'dob-birthday', build: (r, s) => ({ pieces: [r.pick(['My birthday is ', 'Birth date ', 'I was born ']), p('dob', r, s), '.'] }) },
  { name: 'dob-verify', build: (r, s) => ({ previous: 'Please confirm your date of birth.', pieces: [r.pick(['Yes, ', 'Okay, it is ', '']), p('dob', r, s), '.'] }) },
  { name: 'two-pii', build: (r, s) => ({ pieces: ['Email is ', p('email', r, s), ' and phone is ', p('phone', r, s), '.'] }) },
  // Distractors.
  { name: 'tracking', build: (r, s) => ({ pieces: ['The tracking number is ', d('trackingNumber', r, s), ', expect it in ', d('duration', r, s), '.'] }) },
  { name: 'invoice-balance', build: (r, s) => ({ pieces: ['Invoice ', d('orderNumber', r, s), ' shows a balance of ', d('amount', r, s), '.'] }) },
  { name: 'case-phone-like', build: (r, s) => ({ previous: 'Do you have a reference for that?', pieces: ['Yes, case number ', d('phoneLikeId', r, s), '.'] }) },
  { name: 'member-id', build: (r, s) => ({ pieces: ['My member number is ', d('orderNumber', r, s), ', I have ', d('count', r, s), ' on the plan.'] }) },
  { name: 'callback-window', build: (r, s) => ({ pieces: ['We will call you on ', d('appointmentDate', r, s), ' between ', d('time', r, s), ' and ', d('time', r, s), '.'] }) },
  { name: 'price-discount', build: (r, s) => ({ pieces: ['It drops to ', d('amount', r, s), ' a month with the ', d('percentage', r, s), ' discount on ', d('planCode', r, s), '.'] }) },
  { name: 'customer-since', build: (r, s) => ({ pieces: ['Customer since ', d('year', r, s), ', paid ', d('pairAmount', r, s), ' last month.'] }) },
  { name: 'store-and-zip', build: (r, s) => ({ pieces: ['The store number is ', d('extension', r, s), ' in zip ', d('zipCode', r, s), '.'] }) },
  { name: 'pii-beside-order', build: (r, s) => ({ pieces: ['For order ', d('orderNumber', r, s), ' the card was ', p('card', r, s), '.'] }) },
];
