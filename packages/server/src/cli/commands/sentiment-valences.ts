import { readFileSync, writeFileSync } from 'node:fs';
import { buildValenceTable, flattenValenceTable, type FlatValenceTable, type PackageLexicons } from '@undertone/core/sentiment/valence-table';

/**
 * The engine's valence table (`buildValenceTable` over the package lexicons), written by `npm run build` beside this
 * module as a flat JSON array [word, valence, word, valence, ...]. `undertone sentiment` loads it in a few milliseconds
 * at every start, where scanning the two package files takes several times longer. It is generated, never committed.
 */
export const SENTIMENT_VALENCES_FILE = new URL('./sentiment-valences.json', import.meta.url);

/** The table has thousands of entries; fewer means a damaged file. */
const MIN_WORDS = 2000;

export function writeSentimentValences(lexicons: PackageLexicons, file: URL | string = SENTIMENT_VALENCES_FILE): number {
  const flat = flattenValenceTable(buildValenceTable(lexicons));
  writeFileSync(file, JSON.stringify(flat));
  return flat.length / 2;
}

/**
 * The table written by `writeSentimentValences`, flat as written (the engine builds its one map from it), or undefined
 * when the file is missing or not of that shape.
 */
export function readSentimentValences(file: URL | string = SENTIMENT_VALENCES_FILE): FlatValenceTable | undefined {
  let flat: unknown;
  try {
    flat = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (!Array.isArray(flat) || flat.length % 2 !== 0 || flat.length < 2 * MIN_WORDS) return undefined;
  for (let i = 0; i < flat.length; i += 2) {
    if (typeof flat[i] !== 'string' || typeof flat[i + 1] !== 'number') return undefined;
  }
  return flat as FlatValenceTable;
}
