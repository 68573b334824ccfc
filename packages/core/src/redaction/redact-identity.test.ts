import { describe } from 'vitest';
import { itKeeps, itRedacts } from './test-table.js';

describe('social security numbers', () => {
  itRedacts([
    ['SSN 123-45-6789', 'SSN [SSN]'],
    ['it is 123 45 6789', 'it is [SSN]'],
    ['my social is 123456789', 'my social is [SSN]'],
    ['social security number one two three four five six seven eight nine', 'social security number [SSN]'],
    ['yes its five one two, three four, five six seven eight', 'yes its [SSN]', 'can you verify your social security number'],
    ['last four of my social are six seven eight nine', 'last four of my social are [SSN]'],
    ['123456789 is my social', '[SSN] is my social'],
    ['my social is one two three and four five and six seven eight nine', 'my social is [SSN]'],
    ['my ssn, um, 123, 45, 6789', 'my ssn, um, [SSN]'],
  ]);
  itKeeps([
    ['the ticket is 123456789'],
    ['123456789'],
    ['000-12-3456'],
    ['I have 123 45 minute calls'],
  ]);
});

describe('dates of birth', () => {
  itRedacts([
    ['date of birth 03/14/1985', 'date of birth [DOB]'],
    ['I was born on March 14th, 1985', 'I was born on [DOB]'],
    ['dob is the fourteenth of march nineteen eighty five', 'dob is [DOB]'],
    ['my birthday is july fourth two thousand one', 'my birthday is [DOB]'],
    ['oh three one four eighty five', '[DOB]', 'can I have your date of birth'],
    ['1985-03-14', '[DOB]', 'and your birth date?'],
  ]);
  itKeeps([
    ['your appointment is March 14th, 2027'],
    ['we opened the ticket on 03/14/2026'],
    ['it was back in 1985'],
    ['I may be late, may 2nd works'],
  ]);
});

describe('email addresses', () => {
  itRedacts([
    ['send it to jane.doe+bills@example.co.uk please', 'send it to [EMAIL] please'],
    ['its john dot smith at gmail dot com', 'its [EMAIL]'],
    ['my email is jsmith eighty two at yahoo dot com', 'my email is [EMAIL]'],
    ['j underscore doe at company dot net', '[EMAIL]'],
    ['email me at mary at outlook.com', 'email me at [EMAIL]'],
    ["my email's j underscore doe at hotmail dot co dot uk", "my email's [EMAIL]"],
    ['l smith at acme dash corp dot com', '[EMAIL]'],
    ['is the email still leila dot campbell48 at example dot com', 'is the email still [EMAIL]'],
  ]);
  itKeeps([
    ['I looked at the website dot com page'],
    ['we are at the store'],
    ['check example.com for the terms'],
  ]);
});
