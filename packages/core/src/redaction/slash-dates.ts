import { isSlash, type DigitRun } from './digit-runs.js';
import type { Token } from './tokenize.js';

/** Digit runs joined by slashes: "04/27", "03/14/1985", "oh four slash twenty six". */
export interface SlashDate {
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
  digits: string;
}

/** The slash dates, and the runs they are made of (which are then not numbers on their own). */
export function findSlashDates(tokens: readonly Token[], runs: readonly DigitRun[]): { dates: SlashDate[]; consumed: Set<DigitRun> } {
  const dates: SlashDate[] = [];
  const consumed = new Set<DigitRun>();
  let i = 0;
  while (i < runs.length) {
    let j = i;
    while (j + 1 < runs.length && runs[j + 1]!.firstToken === runs[j]!.lastToken + 2 && isSlash(tokens[runs[j]!.lastToken + 1])) j++;
    if (j > i && j - i <= 2) {
      const parts = runs.slice(i, j + 1);
      if (parts.every((r) => r.digits.length <= 4)) {
        parts.forEach((r) => consumed.add(r));
        dates.push({ firstToken: parts[0]!.firstToken, lastToken: parts[j - i]!.lastToken, start: parts[0]!.start, end: parts[j - i]!.end, digits: parts.map((r) => r.digits).join('') });
      }
    }
    i = j + 1;
  }
  return { dates, consumed };
}
