import type { DemoRng } from '@undertone/core';
import { digitWord, pairWords, speakDigits, speakNumber, speakOrdinal, speakYear } from './spoken.js';

/** Written (chat, agent notes, punctuated ASR) or spoken (ASR numerals and number words). */
export type Style = 'written' | 'spoken';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const monthName = (m: number) => MONTHS[m - 1]!;

function digits(rng: DemoRng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += String(rng.int(0, 9));
  return s;
}

export function luhnComplete(body: string): string {
  for (let c = 0; c <= 9; c++) {
    const d = body + c;
    let sum = 0;
    for (let i = 0; i < d.length; i++) {
      let x = Number(d[d.length - 1 - i]);
      if (i % 2 === 1) x = x * 2 > 9 ? x * 2 - 9 : x * 2;
      sum += x;
    }
    if (sum % 10 === 0) return d;
  }
  throw new Error('unreachable');
}

/** Network prefixes, card length and how the digits are grouped on the card (Visa, Mastercard, Amex, Discover). */
const BRANDS: Array<[prefixes: string[], length: number, groups: number[]]> = [
  [['4'], 16, [4, 4, 4, 4]],
  [['51', '52', '53', '54', '55', '2223', '2720'], 16, [4, 4, 4, 4]],
  [['34', '37'], 15, [4, 6, 5]],
  [['6011', '65'], 16, [4, 4, 4, 4]],
];

export function cardNumber(rng: DemoRng): { digits: string; groups: number[] } {
  const [prefixes, length, groups] = rng.pick(BRANDS);
  const p = rng.pick(prefixes);
  return { digits: luhnComplete(p + digits(rng, length - p.length - 1)), groups };
}

export function card(rng: DemoRng, style: Style): string {
  const { digits: d, groups } = cardNumber(rng);
  const grouped = (sep: string) => {
    let at = 0;
    return groups.map((g) => d.slice(at, (at += g))).join(sep);
  };
  if (style === 'written') return rng.pick([d, grouped(' '), grouped('-'), grouped(' ')]);
  return rng.weighted<string>([
    [grouped(' '), 2],
    [speakDigits(rng, d, groups, { commas: rng.chance(0.3), fillers: true }), 5],
    [speakDigits(rng, d, groups, { pairs: true }), 1],
    [groups.map((g, i, all) => (i % 2 === 0 ? d.slice(sum(all, i), sum(all, i) + g) : speakDigits(rng, d.slice(sum(all, i), sum(all, i) + g), [g]))).join(' '), 1],
  ]);
}
const sum = (xs: number[], n: number) => xs.slice(0, n).reduce((a, b) => a + b, 0);

/** A number read out in chunks with words between them ("four one one one, and then one one one one, ..."). */
export function inChunks(rng: DemoRng, digitsText: string, groups: readonly number[]): string {
  let at = 0;
  const chunks = groups.map((g) => speakDigits(rng, digitsText.slice(at, (at += g)), [g]));
  return chunks.reduce((text, chunk, i) => (i === 0 ? chunk : `${text}${rng.pick([', and then ', ', next ', ' okay ', ' then ', ', '])}${chunk}`), '');
}

export function cvv(rng: DemoRng, style: Style, length = 3): string {
  const d = digits(rng, length);
  return style === 'written' || rng.chance(0.3) ? d : speakDigits(rng, d, [length]);
}

export function expiry(rng: DemoRng, style: Style): string {
  const m = rng.int(1, 12);
  const y = rng.int(26, 33);
  const mm = String(m).padStart(2, '0');
  if (style === 'written') return rng.pick([`${mm}/${y}`, `${m}/${y}`, `${mm}/20${y}`, `${monthName(m)} 20${y}`]);
  return rng.pick([
    `${pairWords(rng, mm)} ${pairWords(rng, String(y))}`,
    `${speakNumber(m)} ${pairWords(rng, String(y))}`,
    `${monthName(m).toLowerCase()} ${speakYear(rng, 2000 + y)}`,
    `${pairWords(rng, mm)} slash ${pairWords(rng, String(y))}`,
    `${mm} ${y}`,
  ]);
}

export function ssnDigits(rng: DemoRng): string {
  let area = rng.int(1, 899);
  if (area === 666) area = 667;
  return String(area).padStart(3, '0') + String(rng.int(1, 99)).padStart(2, '0') + String(rng.int(1, 9999)).padStart(4, '0');
}

export function ssn(rng: DemoRng, style: Style): string {
  const d = ssnDigits(rng);
  const dashed = `${d.slice(0, 3)}-${d.slice(3, 5)}-${d.slice(5)}`;
  if (style === 'written') return rng.pick([dashed, dashed, `${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`, d]);
  return rng.weighted<string>([
    [speakDigits(rng, d, [3, 2, 4], { commas: rng.chance(0.4), fillers: true }), 4],
    [`${d.slice(0, 3)} ${d.slice(3, 5)} ${d.slice(5)}`, 1],
  ]);
}

/** An SSN written with separators (123-45-6789, 123 45 6789): recognizable without any cue. */
export function ssnSeparated(rng: DemoRng): string {
  const d = ssnDigits(rng);
  const sep = rng.pick(['-', '-', ' ']);
  return `${d.slice(0, 3)}${sep}${d.slice(3, 5)}${sep}${d.slice(5)}`;
}

export function lastFour(rng: DemoRng, style: Style): string {
  const d = digits(rng, 4);
  return style === 'written' ? d : speakDigits(rng, d, [4]);
}

export function accountNumber(rng: DemoRng, style: Style): string {
  const d = String(rng.int(1, 9)) + digits(rng, rng.int(7, 11));
  return style === 'written' || rng.chance(0.25) ? d : speakDigits(rng, d, [d.length]);
}

const ROUTING_PREFIXES = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32'];
export function routingNumber(rng: DemoRng, style: Style): string {
  const body = rng.pick(ROUTING_PREFIXES) + digits(rng, 6);
  const weights = [3, 7, 1, 3, 7, 1, 3, 7];
  const s = [...body].reduce((acc, c, i) => acc + Number(c) * weights[i]!, 0);
  const d = body + String((10 - (s % 10)) % 10);
  return style === 'written' || rng.chance(0.25) ? d : speakDigits(rng, d, [3, 3, 3], { fillers: true });
}

const FIRST = ['maria', 'james', 'wei', 'fatima', 'diego', 'olivia', 'kwame', 'priya', 'liam', 'sofia', 'noah', 'aisha', 'chen', 'ryan', 'grace'];
const LAST = ['garcia', 'okafor', 'nguyen', 'smith', 'patel', 'kowalski', 'haddad', 'johnson', 'lindqvist', 'moreau', 'brown', 'tanaka'];
const DOMAINS: Array<[string, string]> = [['gmail', 'com'], ['yahoo', 'com'], ['outlook', 'com'], ['hotmail', 'com'], ['icloud', 'com'], ['comcast', 'net'], ['acme-corp', 'com'], ['state', 'edu'], ['proton', 'me']];

export function email(rng: DemoRng, style: Style): string {
  const first = rng.pick(FIRST);
  const last = rng.pick(LAST);
  const [domain, tld] = rng.pick(DOMAINS);
  const n = rng.chance(0.4) ? String(rng.int(1, 99)) : '';
  const sep = rng.pick(['.', '_', '']);
  if (style === 'written') return `${first}${sep}${last}${n}@${domain}.${tld}`;
  const sepWord = sep === '.' ? ' dot ' : sep === '_' ? ' underscore ' : ' ';
  const local = rng.chance(0.5) ? `${first}${sepWord}${last}` : `${first[0]} ${last}`;
  const number = n ? ` ${rng.chance(0.5) ? speakNumber(Number(n)) : n}` : '';
  return `${local}${number} at ${domain.replace('-', ' dash ')} dot ${tld}`;
}

function nanp(rng: DemoRng): string {
  const area = String(rng.int(2, 9)) + digits(rng, 2);
  const exchange = rng.chance(0.3) ? '555' : String(rng.int(2, 9)) + digits(rng, 2);
  return area + exchange + digits(rng, 4);
}

export function phone(rng: DemoRng, style: Style): string {
  if (rng.chance(0.12)) return international(rng, style);
  const d = nanp(rng);
  const [a, e, l] = [d.slice(0, 3), d.slice(3, 6), d.slice(6)];
  if (style === 'written') return rng.pick([`(${a}) ${e}-${l}`, `${a}-${e}-${l}`, `${a}.${e}.${l}`, `+1 ${a} ${e} ${l}`, `1-${a}-${e}-${l}`, d]);
  if (rng.chance(0.1)) return `one eight hundred ${speakDigits(rng, e + l, [3, 4])}`;
  return rng.weighted<string>([
    [speakDigits(rng, d, [3, 3, 4], { commas: rng.chance(0.4), fillers: true }), 5],
    [speakDigits(rng, d, [3, 3, 2, 2], { pairs: true }), 1],
    [`${a} ${e} ${l}`, 2],
  ]);
}

function international(rng: DemoRng, style: Style): string {
  const [cc, groups] = rng.pick<[string, number[]]>([['44', [2, 4, 4]], ['49', [2, 7]], ['33', [1, 2, 2, 2, 2]], ['52', [2, 4, 4]], ['91', [5, 5]]]);
  const parts = groups.map((g) => String(rng.int(1, 9)) + digits(rng, g - 1));
  if (style === 'written') return `+${cc} ${parts.join(' ')}`;
  return `plus ${speakDigits(rng, cc + parts.join(''), [cc.length, ...groups])}`;
}

const STREETS = ['maple', 'oak', 'cedar', 'pine', 'lake shore', 'sunset', 'willow creek', 'highland', 'park', 'elm', 'washington', 'river bend', 'magnolia', 'church', 'mill', 'fifth', 'third'];
const SUFFIXES: Array<[string, string]> = [['Street', 'St'], ['Avenue', 'Ave'], ['Road', 'Rd'], ['Lane', 'Ln'], ['Drive', 'Dr'], ['Boulevard', 'Blvd'], ['Court', 'Ct'], ['Way', 'Way'], ['Place', 'Pl'], ['Terrace', 'Ter'], ['Circle', 'Cir'], ['Parkway', 'Pkwy']];
const title = (s: string) => s.replace(/\b[a-z]/g, (c) => c.toUpperCase());

export function address(rng: DemoRng, style: Style): string {
  const number = rng.weighted<number>([[rng.int(1, 99), 2], [rng.int(100, 999), 3], [rng.int(1000, 9999), 3], [rng.int(10000, 39999), 1]]);
  const dir = rng.chance(0.2) ? rng.pick(['N', 'S', 'E', 'W']) : '';
  const street = rng.pick(STREETS);
  const [suffix, abbr] = rng.pick(SUFFIXES);
  const unit = rng.chance(0.3) ? { word: rng.pick(['Apt', 'Unit', 'Suite', 'Apartment']), id: rng.chance(0.5) ? String(rng.int(1, 40)) : `${rng.int(1, 9)}${rng.pick(['A', 'B', 'C'])}` } : undefined;
  if (style === 'written') {
    const dirText = dir ? `${dir}${rng.chance(0.5) ? '.' : ''} ` : '';
    const suffixText = rng.chance(0.5) ? suffix : `${abbr}${rng.chance(0.5) ? '.' : ''}`;
    return `${number} ${dirText}${title(street)} ${suffixText}${unit ? `${rng.chance(0.5) ? ',' : ''} ${unit.word} ${unit.id}` : ''}`;
  }
  const spokenNumber = number >= 1000 && number < 10000 && rng.chance(0.7) ? `${pairWords(rng, String(number).slice(0, 2))} ${pairWords(rng, String(number).slice(2))}` : number < 1000 && rng.chance(0.6) ? speakNumber(number) : String(number);
  const dirWord = dir ? `${{ N: 'north', S: 'south', E: 'east', W: 'west' }[dir]} ` : '';
  const unitText = unit ? ` ${unit.word.toLowerCase()} ${unit.id.replace(/^(\d+)([A-C])$/, (_, n, l) => `${speakNumber(Number(n))} ${l.toLowerCase()}`)}` : '';
  return `${spokenNumber} ${dirWord}${street} ${suffix.toLowerCase()}${unitText}`;
}

export function dob(rng: DemoRng, style: Style): string {
  const y = rng.int(1940, 2006);
  const m = rng.int(1, 12);
  const d = rng.int(1, 28);
  const mm = String(m).padStart(2, '0');
  const dd = String(d).padStart(2, '0');
  if (style === 'written') return rng.pick([`${mm}/${dd}/${y}`, `${m}/${d}/${y}`, `${monthName(m)} ${d}, ${y}`, `${monthName(m)} ${d}${['th', 'st', 'nd', 'rd'][d % 10 < 4 && (d < 10 || d > 20) ? d % 10 : 0]}, ${y}`, `${m}-${d}-${String(y).slice(2)}`, `${y}-${mm}-${dd}`]);
  return rng.pick([
    `${monthName(m).toLowerCase()} ${speakOrdinal(d)} ${speakYear(rng, y)}`,
    `${monthName(m).toLowerCase()} ${speakNumber(d)} ${speakYear(rng, y)}`,
    `the ${speakOrdinal(d)} of ${monthName(m).toLowerCase()} ${speakYear(rng, y)}`,
    `${pairWords(rng, mm)} ${pairWords(rng, dd)} ${pairWords(rng, String(y).slice(2))}`,
    `${speakDigits(rng, mm + dd, [2, 2])} ${speakYear(rng, y)}`,
  ]);
}

export { digitWord };
