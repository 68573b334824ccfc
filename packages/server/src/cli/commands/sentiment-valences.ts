import { readFileSync, writeFileSync } from 'node:fs';
import { buildValenceTable, type PackageLexicons, type ValenceTable } from '@undertone/core/sentiment/valence-table';

/**
 * The engine's valence table (`buildValenceTable` over the package lexicons), written by `npm run build` beside this
 * module as a flat JSON array [word, valence, word, valence, ...]. `undertone sentiment` loads it in a few milliseconds
 * at every start, where scanning the two package files takes several times longer. It is generated, never committed.
 */
export const SENTIMENT_VALENCES_FILE = new URL('./sentiment-valences.json', import.meta.url);

/** The table has thousands of entries; fewer means a damaged file. */
const MIN_WORDS = 2000;

export function writeSentimentValences(lexicons: PackageLexicons, file: URL | string = SENTIMENT_VALENCES_FILE): number {
  const flat: Array<string | number> = [];
  for (const [word, valence] of buildValenceTable(lexicons)) flat.push(word, valence);
  writeFileSync(file, JSON.stringify(flat));
  return flat.length / 2;
}

/** The table written by `writeSentimentValences`, or undefined when the file is missing or not of that shape. */
export function readSentimentValences(file: URL | string = SENTIMENT_VALENCES_FILE): ValenceTable | undefined {
  let flat: unknown;
  try {
    flat = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(flat) || flat.length % 2 !== 0 || flat.length < 2 * MIN_WORDS) return undefined;
  const table = new Map<string, number>();
  for (let i = 0; i < flat.length; i += 2) {
    const word: unknown = flat[i];
    const valence: unknown = flat[i + 1];
    if (typeof word !== 'string' || typeof valence !== 'number') return undefined;
    table.set(word, valence);
  }
  return table;
}
