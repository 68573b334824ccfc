/**
 * Small-integer ids for the words, inflection keys and prefix stems that compiled catalogs mention,
 * so the matcher compares ints instead of strings. Only catalog vocabulary gets an id: every other
 * word shares id 0 (matches no word test), which keeps the table bounded however much text flows
 * through. Each distinct normalized word is described once (`wordInfo`) and the description is
 * shared by every token of that word.
 */
import { lemmaOf } from './lemma.js';
import { wordFlags } from './word-flags.js';

/** The id of a word no catalog mentions. */
export const UNKNOWN = 0;

export interface WordInfo {
  word: string;
  /** Inflection key (see lemma.ts). */
  lemma: string;
  wordId: number;
  lemmaId: number;
  /** Ids of the registered stems the word starts with (usually none). */
  stemIds: readonly number[];
  /** Normalization flags (see word-flags.ts). */
  flags: number;
}

const wordIds = new Map<string, number>();
const lemmaIds = new Map<string, number>();
const stems: string[] = [];
const stemIds = new Map<string, number>();

/** Bumped whenever an id is added: word descriptions made before then may lack the new id. */
let version = 0;
export function vocabularyVersion(): number {
  return version;
}

const NO_STEMS: readonly number[] = Object.freeze([]);
const described = new Map<string, WordInfo>();
const MAX_DESCRIBED = 50_000;

function grew(): void {
  version++;
  described.clear();
}

export function registerWord(word: string): number {
  let id = wordIds.get(word);
  if (id === undefined) {
    wordIds.set(word, (id = wordIds.size + 1));
    grew();
  }
  return id;
}

export function registerLemma(lemma: string): number {
  let id = lemmaIds.get(lemma);
  if (id === undefined) {
    lemmaIds.set(lemma, (id = lemmaIds.size + 1));
    grew();
  }
  return id;
}

export function registerStem(stem: string): number {
  let id = stemIds.get(stem);
  if (id === undefined) {
    stemIds.set(stem, (id = stems.length + 1));
    stems.push(stem);
    grew();
  }
  return id;
}

/** One past the largest word id handed out so far (for tables indexed by word id). */
export function wordIdLimit(): number {
  return wordIds.size + 1;
}
export function lemmaIdLimit(): number {
  return lemmaIds.size + 1;
}

/** The shared description of one normalized word under the current vocabulary. */
export function wordInfo(word: string): WordInfo {
  const cached = described.get(word);
  if (cached !== undefined) return cached;
  const lemma = lemmaOf(word);
  let starts: number[] | undefined;
  for (let s = 0; s < stems.length; s++) if (word.startsWith(stems[s]!)) (starts ??= []).push(s + 1);
  const info: WordInfo = {
    word,
    lemma,
    wordId: wordIds.get(word) ?? UNKNOWN,
    lemmaId: lemmaIds.get(lemma) ?? UNKNOWN,
    stemIds: starts ?? NO_STEMS,
    flags: wordFlags(word),
  };
  if (described.size >= MAX_DESCRIBED) described.clear();
  described.set(word, info);
  return info;
}
