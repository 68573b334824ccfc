import { describe } from 'vitest';
import { itKeeps, itRedacts } from './test-table.js';

describe('phone numbers', () => {
  itRedacts([
    ['call me at (555) 234-5678', 'call me at [PHONE]'],
    ['555-234-5678', '[PHONE]'],
    ['555.234.5678', '[PHONE]'],
    ['1-800-555-0199', '[PHONE]'],
    ['+1 415 555 2671', '[PHONE]'],
    ['+44 20 7946 0958', '[PHONE]'],
    ['plus four four two zero seven nine four six oh nine five eight', '[PHONE]'],
    ['five five five two three four five six seven eight', '[PHONE]'],
    ['send it to five five five to three four five six seven ate', 'send it to [PHONE]'],
    ['one eight hundred five five five oh one nine nine', '[PHONE]'],
    ['my cell is 234-5678', 'my cell is [PHONE]'],
    ['call me on 07700 900123', 'call me on [PHONE]'],
    ['my phone is four one five, then five five five, and two six seven one', 'my phone is [PHONE]'],
    ['sure its eight one seven, five five five, two one two one', 'sure its [PHONE]', 'whats the best callback number'],
  ]);
  itKeeps([
    ['your ticket number is 5552345678'],
    ['reference 555-234-5678'],
    ['the order is 1234567890'],
    ['it came to $2,345.67'],
    ['call us at 3:45'],
    ['I want to pay for two months', 'can I get a phone number'],
    ['it went from 5 to 6 to 7 dollars'],
    ['I have 2 lines and 3 tablets and then 4 phones'],
    ['order 12345 and then 678910'],
  ]);
});

describe('street addresses', () => {
  itRedacts([
    ['I live at 123 Main Street', 'I live at [ADDRESS]'],
    ['ship it to 4500 N. Lake Shore Dr. Apt 12B please', 'ship it to [ADDRESS] please'],
    ['its one twenty three oak lane', 'its [ADDRESS]'],
    ['twelve oh five west fifth avenue unit three', '[ADDRESS]'],
    ['77 Sunset Blvd, Suite 200', '[ADDRESS]'],
    ['moved to 9 Elm Ct last year', 'moved to [ADDRESS] last year'],
    ['1600 Pennsylvania Avenue NW, Washington, DC 20500-0003 is the address', '[ADDRESS] is the address'],
    ['12 Oak St, and my zip code is 94107', '[ADDRESS], and my zip code is 94107'],
  ]);
  itKeeps([
    ['I waited 45 minutes on the phone'],
    ['I drove 5 miles down the road'],
    ['the 2 main ways to pay'],
    ['Dr. Smith said it was fine'],
  ]);
});

describe('amounts, times, durations, plans and counts stay', () => {
  itKeeps([
    ['the total is $1,250.00 and the fee is twelve fifty'],
    ['I called at four thirty and again at 3:45 pm'],
    ['it took two hours and 15 minutes'],
    ['you are on the Unlimited 55 plan, plan code PX-2200'],
    ['that is a 20 percent discount, 15% off'],
    ['back in 2019 I had 3 lines'],
    ['your appointment is on the 14th at nine'],
    ['one moment please, oh okay'],
    ['I have been a customer for twenty two years'],
  ]);
});
