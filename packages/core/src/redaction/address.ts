import type { TextRedaction } from './categories.js';
import { isCueWord } from './context-cues.js';
import { DIGIT_WORDS, ORDINAL_WORDS, TEEN_WORDS, TENS_WORDS } from './number-words.js';
import type { Token } from './tokenize.js';

const SUFFIXES = new Set([
  'street', 'st', 'avenue', 'ave', 'av', 'road', 'rd', 'lane', 'ln', 'drive', 'dr', 'boulevard', 'blvd', 'court', 'ct', 'way', 'place', 'pl',
  'terrace', 'ter', 'circle', 'cir', 'parkway', 'pkwy', 'highway', 'hwy', 'trail', 'trl', 'square', 'sq', 'loop', 'row', 'crescent', 'alley',
  'plaza', 'pike', 'turnpike', 'expressway', 'freeway', 'run', 'path', 'point', 'crossing', 'commons', 'cove', 'heights', 'hollow', 'ridge',
]);
const UNIT_WORDS = new Set(['apt', 'apartment', 'unit', 'suite', 'ste', '#', 'number', 'no', 'floor', 'fl', 'building', 'bldg', 'room']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw', 'northeast', 'northwest', 'southeast', 'southwest']);
/** Words that are never part of a street name: they end the backwards walk from the suffix. */
const NOT_NAME = new Set([
  'the', 'a', 'an', 'and', 'or', 'of', 'on', 'in', 'at', 'to', 'for', 'from', 'by', 'with', 'my', 'your', 'our', 'their', 'is', 'was', 'it',
  "it's", 'its', 'that', 'this', 'i', 'we', 'you', 'he', 'she', 'they', 'live', 'lives', 'moved', 'be', 'been', 'are', 'down', 'up', 'off',
  'over', 'out', 'all', 'just', 'about', 'around', 'after', 'before', 'than', 'then', 'so', 'but', 'no', 'not', 'yes', 'yeah', 'okay', 'ok',
  'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'times', 'dollars', 'miles', 'blocks', 'items', 'people', 'other', 'same', 'one',
  'last', 'next', 'first', 'whole', 'entire', 'long', 'only', 'every', 'each', 'more', 'less', 'few', 'many', 'some', 'any', 'per',
]);

/** House number, one to three street-name words, a street suffix, then an optional unit. */
export function findAddresses(tokens: readonly Token[]): TextRedaction[] {
  const found: TextRedaction[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!SUFFIXES.has(tokens[i]!.lower) || tokens[i]!.kind !== 'word') continue;
    let k = i - 1;
    let names = 0;
    while (k >= 0 && names < 3) {
      // "N. Lake Shore": an abbreviation's period is part of the name.
      if (tokens[k]!.lower === '.' && k > 0 && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.text.length <= 2 && isNameWord(tokens[k - 1]!)) k--;
      if (!isNameWord(tokens[k]!)) break;
      names++;
      k--;
    }
    if (names === 0) continue;
    const houseStart = readHouseNumberBackwards(tokens, k);
    if (houseStart === undefined) continue;
    const end = readCityStateZip(tokens, readUnitForwards(tokens, i));
    found.push({ category: 'address', start: tokens[houseStart]!.start, end: tokens[end]!.end });
  }
  return found;
}

function isNameWord(t: Token): boolean {
  if (t.kind === 'ordinal') return true;
  if (t.kind !== 'word' || isCueWord(t.lower)) return false;
  return !NOT_NAME.has(t.lower) && !isSpokenNumber(t.lower) || t.lower in ORDINAL_WORDS || DIRECTIONS.has(t.lower);
}

/** A written house number (1-6 digits, maybe "12b") or up to five spoken number words ("one twenty three"). */
function readHouseNumberBackwards(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  if (t.kind === 'num') return t.text.length <= 6 ? k : undefined;
  let start: number | undefined;
  for (let j = k; j >= 0 && k - j < 5 && tokens[j]!.kind === 'word' && (isSpokenNumber(tokens[j]!.lower) || tokens[j]!.lower === 'hundred'); j--) start = j;
  return start;
}

function readUnitForwards(tokens: readonly Token[], i: number): number {
  let end = i;
  let k = i + 1;
  if (tokens[k]?.lower === '.') end = k++;
  if (DIRECTIONS.has(tokens[k]?.lower ?? '')) end = k++;
  if (tokens[k]?.lower === ',') k++;
  if (UNIT_WORDS.has(tokens[k]?.lower ?? '')) {
    let j = k + 1;
    if (tokens[j]?.lower === '#' || tokens[j]?.lower === 'number') j++;
    const u = tokens[j];
    if (u && (u.kind === 'num' || u.kind === 'ordinal' || /^[a-z]$/i.test(u.text) || isSpokenNumber(u.lower))) {
      end = j;
      while (tokens[end + 1] && (isSpokenNumber(tokens[end + 1]!.lower) || /^[a-z]$/i.test(tokens[end + 1]!.text)) && end - j < 3) end++;
    }
  }
  return end;
}

/** ", Springfield, IL 62704": a city and state are taken only when a ZIP code closes them. */
function readCityStateZip(tokens: readonly Token[], end: number): number {
  for (let k = end + 1, words = 0; k < tokens.length && words <= 5; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num') {
      if (t.text.length !== 5) return end;
      // ZIP+4: 62704-1234
      return tokens[k + 1]?.lower === '-' && tokens[k + 2]?.kind === 'num' && tokens[k + 2]!.text.length === 4 ? k + 2 : k;
    }
    if (t.lower === ',' || t.lower === '.') continue;
    if (t.kind !== 'word' || NOT_NAME.has(t.lower) || isCueWord(t.lower)) return end;
    words++;
  }
  return end;
}

function isSpokenNumber(lower: string): boolean {
  return lower in DIGIT_WORDS || lower in TEEN_WORDS || lower in TENS_WORDS;
}
