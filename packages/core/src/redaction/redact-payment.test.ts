import { describe } from 'vitest';
import { itKeeps, itRedacts } from './test-table.js';

describe('card numbers', () => {
  itRedacts([
    ['Card: 4111 1111 1111 1111.', 'Card: [CARD].'],
    ['it is 5500-0000-0000-0004 thanks', 'it is [CARD] thanks'],
    ['number 378282246310005 ok', 'number [CARD] ok'],
    ['6011111111111117', '[CARD]'],
    ['four one one one one one one one one one one one one one one one', '[CARD]'],
    ['yeah four one one one, one one one one, one one one one, one one one one.', 'yeah [CARD].'],
    ['five five oh oh double oh oh oh oh oh oh oh oh oh oh four', '[CARD]'],
    ['4111 one one one one 1111 1111', '[CARD]'],
    // ASR homophones between digits: "for" for four, "to" for two, "ate" for eight.
    ['five five oh oh oh oh oh oh oh oh oh oh oh oh oh for', '[CARD]'],
    ['four one one one one one one one one won one one one one one one', '[CARD]'],
    ['four one one one, and then one one one one, next one one one one and one one one one', '[CARD]'],
    ['ok five five oh oh then double oh oh oh then triple oh oh then oh oh oh four', 'ok [CARD]'],
    ['three seven eight two eight two two four six three one triple oh five', '[CARD]'],
    ['ok um its four one one one uh one one one one one one one one one one one one', 'ok um its [CARD]'],
    // Under a card cue, a mis-heard digit (checksum fails) is still a card.
    ['the card number is 4111 1111 1111 1112', 'the card number is [CARD]'],
    ['sure hold on let me grab my wallet ok its 4111 1111 1111 1112', 'sure hold on let me grab my wallet ok its [CARD]', 'can I get the long number on the card'],
  ]);
  itKeeps([
    ['your order number is 4111 1111 1111 1112'],
    ['tracking 1Z999AA10123456784'],
    ['the account balance is $1,250.00'],
    ['1234 5678 9012 3456'],
  ]);
});

describe('cvv and expiry in context', () => {
  itRedacts([
    ['the security code is 123', 'the security code is [CVV]'],
    ['cvv four five six', 'cvv [CVV]'],
    ['its seven seven three four', 'its [CVV]', 'and the three digit code on the back?'],
    ['it expires 04/27', 'it expires [EXPIRY]'],
    ['expiration date oh four twenty seven', 'expiration date [EXPIRY]'],
    ['exp date is 12/2027', 'exp date is [EXPIRY]'],
    ['expires march twenty twenty seven', 'expires [EXPIRY]'],
    ['twelve slash twenty six', '[EXPIRY]', 'what is the expiration date'],
    ['twenty twenty six', '[EXPIRY]', 'and when does the card expire?'],
    ['oh four thirty', '[EXPIRY]', 'and the expiration date on the card?'],
  ]);
  itKeeps([
    ['that will be 123 dollars'],
    ['we can ship it by 04/27'],
    ['the code is 123'],
    ['it took about 45 minutes'],
  ]);
});

describe('bank account and routing numbers', () => {
  itRedacts([
    ['account number 12345678', 'account number [BANK_ACCOUNT]'],
    ['my checking account is 000123456789', 'my checking account is [BANK_ACCOUNT]'],
    ['routing number 021000021', 'routing number [ROUTING]'],
    ['the routing is oh two one oh oh oh oh two one', 'the routing is [ROUTING]'],
    ['sure its 011000015', 'sure its [ROUTING]', 'and the routing number on the check?'],
    ['account number is 9876543210 and the routing number 121000358', 'account number is [BANK_ACCOUNT] and the routing number [ROUTING]'],
  ]);
  itKeeps([
    ['your account is all set'],
    ['confirmation number 021000021'],
  ]);
});
