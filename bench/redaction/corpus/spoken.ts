import type { DemoRng } from '@undertone/core';

const DIGITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** One digit as a caller says it: "oh" for zero about half the time. */
export function digitWord(rng: DemoRng, d: string): string {
  return d === '0' && rng.chance(0.5) ? 'oh' : DIGITS[Number(d)]!;
}

/** A two-digit number as words: "forty one", "twelve", "oh five". */
export function pairWords(rng: DemoRng, pair: string): string {
  const n = Number(pair);
  if (pair[0] === '0') return `${digitWord(rng, '0')} ${DIGITS[n]}`;
  if (n < 20) return TEENS[n - 10]!;
  return n % 10 === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]} ${DIGITS[n % 10]}`;
}

/**
 * Digits read out in groups the way ASR writes them: digit by digit, sometimes "double"/"triple",
 * sometimes pairs as numbers, with commas or fillers between groups.
 */
export function speakDigits(rng: DemoRng, digits: string, groups: readonly number[], opts: { pairs?: boolean; fillers?: boolean; commas?: boolean } = {}): string {
  const out: string[] = [];
  let at = 0;
  for (const size of groups) {
    const group = digits.slice(at, at + size);
    at += size;
    const words: string[] = [];
    for (let i = 0; i < group.length; ) {
      const run = /^(\d)\1*/.exec(group.slice(i))![0];
      if (run.length >= 2 && rng.chance(0.4)) {
        const n = Math.min(run.length, 3);
        words.push(`${n === 2 ? 'double' : 'triple'} ${digitWord(rng, run[0]!)}`);
        i += n;
      } else if (opts.pairs && i + 1 < group.length && group[i] !== '0' && group[i + 1] !== '0' && rng.chance(0.5)) {
        // Callers say "sixty four" for 64, never "sixty" then "four" for 6-0-4 (that is "six oh four").
        words.push(pairWords(rng, group.slice(i, i + 2)));
        i += 2;
      } else {
        words.push(digitWord(rng, group[i]!));
        i++;
      }
    }
    out.push(words.join(' '));
  }
  const joiner = () => (opts.fillers && rng.chance(0.2) ? ' uh ' : opts.commas ? ', ' : ' ');
  return out.reduce((text, group, i) => (i === 0 ? group : text + joiner() + group), '');
}

/** A year as said: "nineteen eighty four", "two thousand three", "twenty oh three". */
export function speakYear(rng: DemoRng, year: number): string {
  const hi = Math.floor(year / 100);
  const lo = year % 100;
  if (hi === 20 && (lo === 0 || (lo < 10 && rng.chance(0.6)))) return lo === 0 ? 'two thousand' : `two thousand ${DIGITS[lo]}`;
  const loWords = lo === 0 ? 'hundred' : lo < 10 ? `oh ${DIGITS[lo]}` : pairWords(rng, String(lo));
  return `${hi < 20 ? TEENS[hi - 10] : 'twenty'} ${loWords}`;
}

export function speakNumber(n: number): string {
  if (n < 10) return DIGITS[n]!;
  if (n < 20) return TEENS[n - 10]!;
  if (n < 100) return n % 10 === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]} ${DIGITS[n % 10]}`;
  const rest = n % 100;
  return `${DIGITS[Math.floor(n / 100)]} hundred${rest === 0 ? '' : ` ${speakNumber(rest)}`}`;
}

const ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
export function speakOrdinal(n: number): string {
  if (n <= 20) return ORDINALS[n]!;
  if (n === 30) return 'thirtieth';
  return `${TENS[Math.floor(n / 10)]} ${ORDINALS[n % 10]}`;
}
