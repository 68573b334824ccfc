import { distractor as d, pii as p, piiText, type Template } from './template.js';
import { cardNumber, inChunks, lastFour, ssnSeparated } from './values.js';

/** Dev family: tune on these. The test family (families-test.ts) words everything differently. */
export const DEV_TEMPLATES: Template[] = [
  { name: 'card-after-question', build: (r, s) => ({ previous: r.pick(['Can I get the card number, please?', 'Go ahead with the card number whenever you are ready.', 'What card would you like to use?']), pieces: [r.pick(['Yeah, it is ', 'Sure, ', 'Okay, it is ', 'Um, ']), p('card', r, s), '.'] }) },
  { name: 'card-inline', build: (r, s) => ({ pieces: [r.pick(['I want to pay with my Visa, ', 'Put it on my credit card, ', 'My debit card number is ']), p('card', r, s), r.pick(['.', ', thanks.', ' please.'])] }) },
  { name: 'card-in-chunks', build: (r) => {
    const c = cardNumber(r);
    return { previous: 'Okay, read me the card number slowly.', pieces: ['Sure, ', piiText('card', inChunks(r, c.digits, c.groups)), '.'] };
  } },
  { name: 'phone-in-chunks', build: (r) => {
    const d = `${r.int(2, 9)}${r.int(10, 99)}${r.int(200, 999)}${r.int(1000, 9999)}`;
    return { pieces: ['My phone number is ', piiText('phone', inChunks(r, d, [3, 3, 4])), '.'] };
  } },
  { name: 'card-bare', build: (r, s) => ({ previous: 'Alright, I am ready when you are.', pieces: ['Okay so ', p('card', r, s), ' and that is it.'] }) },
  { name: 'card-expiry-cvv', build: (r, s) => ({ pieces: ['Card number ', p('card', r, s), ', it expires ', p('expiry', r, s), ' and the security code is ', p('cvv', r, s), '.'] }) },
  { name: 'expiry-question', build: (r, s) => ({ previous: 'And the expiration date on the card?', pieces: [r.pick(['It is ', 'That would be ', '']), p('expiry', r, s), '.'] }) },
  { name: 'cvv-question', build: (r, s) => ({ previous: 'Last thing, the three digit security code on the back?', pieces: [r.pick(['It is ', '', 'Sure, ']), p('cvv', r, s), '.'] }) },
  { name: 'ssn-inline', build: (r, s) => ({ pieces: [r.pick(['My social is ', 'Social security number ', 'My SSN is ']), p('ssn', r, s), '.'] }) },
  { name: 'ssn-question', build: (r, s) => ({ previous: 'To verify, can you give me your social security number?', pieces: [r.pick(['Yes, ', 'Sure, it is ', '']), p('ssn', r, s), '.'] }) },
  { name: 'ssn-dashed-bare', build: (r) => ({ pieces: ['I wrote it on the form as ', piiText('ssn', ssnSeparated(r)), ', is that okay?'] }) },
  { name: 'ssn-last-four', build: (r, s) => ({ previous: 'Can you verify the last four of your social?', pieces: ['Yeah it is ', piiText('ssn', lastFour(r, s)), '.'] }) },
  { name: 'bank-inline', build: (r, s) => ({ pieces: ['The routing number is ', p('routing', r, s), ' and the account number is ', p('bank_account', r, s), '.'] }) },
  { name: 'bank-question', build: (r, s) => ({ previous: 'What is the checking account number you want to use?', pieces: [r.pick(['It is ', 'Okay, ', '']), p('bank_account', r, s), '.'] }) },
  { name: 'routing-question', build: (r, s) => ({ previous: 'And the nine digit routing number?', pieces: [r.pick(['That is ', '']), p('routing', r, s), '.'] }) },
  { name: 'email-inline', build: (r, s) => ({ pieces: [r.pick(['My email is ', 'You can email me at ', 'Send it to ']), p('email', r, s), r.pick(['.', ' please.'])] }) },
  { name: 'phone-inline', build: (r, s) => ({ pieces: [r.pick(['My phone number is ', 'Call me back at ', 'My cell is ']), p('phone', r, s), '.'] }) },
  { name: 'phone-question', build: (r, s) => ({ previous: 'What is the best callback number for you?', pieces: [r.pick(['It is ', 'Sure, ', '']), p('phone', r, s), '.'] }) },
  { name: 'phone-bare', build: (r, s) => ({ pieces: ['Yeah you can reach me on ', p('phone', r, s), ' after five.'] }) },
  { name: 'address-inline', build: (r, s) => ({ pieces: [r.pick(['I live at ', 'Ship it to ', 'My address is ']), p('address', r, s), r.pick(['.', ' now.'])] }) },
  { name: 'dob-inline', build: (r, s) => ({ pieces: [r.pick(['My date of birth is ', 'I was born on ', 'DOB is ']), p('dob', r, s), '.'] }) },
  { name: 'dob-question', build: (r, s) => ({ previous: 'Can I have your date of birth to verify the account?', pieces: [r.pick(['It is ', 'Sure, ', '']), p('dob', r, s), '.'] }) },
  // Distractors.
  { name: 'order-number', build: (r, s) => ({ pieces: ['Your order number is ', d('orderNumber', r, s), ' and it ships in ', d('duration', r, s), '.'] }) },
  { name: 'ticket-id', build: (r, s) => ({ pieces: [r.pick(['I opened ticket number ', 'The case number is ', 'Reference number ']), d('phoneLikeId', r, s), ' for you.'] }) },
  { name: 'confirmation', build: (r, s) => ({ pieces: ['Your confirmation code is ', d('confirmationCode', r, s), ', and the total was ', d('amount', r, s), '.'] }) },
  { name: 'amount-time', build: (r, s) => ({ pieces: ['The charge of ', d('amount', r, s), ' posted at ', d('time', r, s), ' yesterday.'] }) },
  { name: 'appointment', build: (r, s) => ({ pieces: ['We can send a technician on ', d('appointmentDate', r, s), ' at ', d('time', r, s), '.'] }) },
  { name: 'plan-percent', build: (r, s) => ({ pieces: ['You are on the ', d('planCode', r, s), ' plan, and you get ', d('percentage', r, s), ' off.'] }) },
  { name: 'year-count', build: (r, s) => ({ pieces: ['I have been with you since ', d('year', r, s), ' and I have ', d('count', r, s), '.'] }) },
  { name: 'extension-zip', build: (r, s) => ({ pieces: ['My zip code is ', d('zipCode', r, s), ', and ask for extension ', d('extension', r, s), '.'] }) },
  { name: 'mixed-phone-order', build: (r, s) => ({ pieces: ['Order ', d('orderNumber', r, s), ', and my number is ', p('phone', r, s), '.'] }) },
];
