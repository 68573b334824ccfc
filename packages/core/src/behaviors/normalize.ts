/**
 * Turns one utterance into normalized tokens that phrase patterns match against.
 * Each token remembers the character span of the original text it came from, so a match
 * can be quoted exactly as spoken. Tokenizing is one left-to-right pass: no backtracking regex.
 */
import { CLAUSE_END, CLAUSE_START, END, FIELDS, FLAGS, HAS_STEMS, LEMMA_ID, START, WORD_ID, type MatchText } from './match-text.js';
import { HASH_SEED, hashStep } from '../text/raw-word-table.js';
import { vocabularyVersion, wordInfo, type WordInfo } from './vocabulary.js';
import { expandWord } from './word-expansion.js';
import {
  CLAUSE_OPENER, DISCOURSE_MARKER, HARD_FILLER, HAS_AFTER_CONTRACTED_IS, I_MEAN_AS_WORDS_AFTER, IS_I, IS_ID, IS_IS, IS_IT, IS_KNOW,
  IS_LIKE, IS_MEAN, IS_YOU, LIKE_AS_WORD_AFTER, NOUN_ID_AFTER, VERB_AFTER_ASR_ID, YOU_KNOW_AS_WORDS_AFTER, YOU_KNOW_AS_WORDS_BEFORE,
} from './word-flags.js';

export interface Token {
  /** Normalized word: lowercase, contractions expanded, British spellings folded. */
  word: string;
  /** Inflection key of `word` (see lemma.ts): what `cancel+` in a pattern compares against. */
  lemma: string;
  /** Character span in the original text (expanded contractions share the span). */
  start: number;
  end: number;
}

export interface NormalizedText {
  tokens: Token[];
  /** clauseStart[i] is true when token i opens a clause (utterance start, after punctuation or a discourse marker). */
  clauseStart: boolean[];
  /** clauseEnd[p] (p in 0..tokens.length) is true when a clause can end before token p: text end, punctuation, or a conjunction ("i hear you and..."). */
  clauseEnd: boolean[];
}

/**
 * Tokens of the utterance being prepared, before fillers are dropped: reused from one utterance to
 * the next (preparing is synchronous), so only the final arrays are allocated.
 */
const scratch = {
  infos: [] as WordInfo[],
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  /** 1 where punctuation (or the text start) comes before the token. */
  breaks: new Uint8Array(256),
  length: 0,
};

function pushToken(info: WordInfo, start: number, end: number, brokenBefore: boolean): void {
  const t = scratch.length++;
  if (t === scratch.starts.length) {
    const grown = (from: Int32Array) => {
      const to = new Int32Array(from.length * 2);
      to.set(from);
      return to;
    };
    scratch.starts = grown(scratch.starts);
    scratch.ends = grown(scratch.ends);
    const breaks = new Uint8Array(scratch.breaks.length * 2);
    breaks.set(scratch.breaks);
    scratch.breaks = breaks;
  }
  scratch.infos[t] = info;
  scratch.starts[t] = start;
  scratch.ends[t] = end;
  scratch.breaks[t] = brokenBefore ? 1 : 0;
}

/**
 * Drops "like", "you know" and "i mean" where they are fillers (not where they carry meaning: "i would like",
 * "do you know", "what i mean"), hard fillers, and stuttered repeats; works in place on the scratch tokens.
 */
function dropSoftFillers(): void {
  const { infos, starts, ends, breaks } = scratch;
  const n = scratch.length;
  let kept = 0;
  let pendingBreak = 0;
  for (let i = 0; i < n; i++) {
    const info = infos[i]!;
    const flags = info.flags;
    const previous = kept > 0 ? infos[kept - 1]! : undefined;
    const next = i + 1 < n ? infos[i + 1]! : undefined;
    const afterNext = i + 2 < n ? infos[i + 2]! : undefined;
    let skip = 0;
    if (flags & HARD_FILLER) skip = 1;
    else if (flags & IS_LIKE && (previous === undefined || !(previous.flags & LIKE_AS_WORD_AFTER))) skip = 1;
    else if (flags & IS_YOU && next !== undefined && next.flags & IS_KNOW && !(previous && previous.flags & YOU_KNOW_AS_WORDS_AFTER) && !(afterNext && afterNext.flags & YOU_KNOW_AS_WORDS_BEFORE)) skip = 2;
    else if (flags & IS_I && next !== undefined && next.flags & IS_MEAN && !(previous && previous.flags & I_MEAN_AS_WORDS_AFTER) && afterNext !== undefined && !(afterNext.flags & IS_IT)) skip = 2;
    if (skip > 0) {
      pendingBreak |= breaks[i]!;
      i += skip - 1;
      continue;
    }
    // Stuttered repeats in ASR ("i i understand") collapse to one word.
    if (previous !== undefined && (previous === info || previous.word === info.word) && breaks[i] === 0) continue;
    infos[kept] = info;
    starts[kept] = starts[i]!;
    ends[kept] = ends[i]!;
    breaks[kept] = breaks[i]! | pendingBreak;
    kept++;
    pendingBreak = 0;
  }
  scratch.length = kept;
}

function isWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}
function isClausePunctuation(code: number): boolean {
  // . ? ! , ; : and en/em dashes
  return code === 46 || code === 63 || code === 33 || code === 44 || code === 59 || code === 58 || code === 0x2013 || code === 0x2014;
}

function isAsrContractedId(t: number): boolean {
  const { infos } = scratch;
  if (!(infos[t]!.flags & IS_ID) || t + 1 >= scratch.length || !(infos[t + 1]!.flags & VERB_AFTER_ASR_ID)) return false;
  return t === 0 || !(infos[t - 1]!.flags & NOUN_ID_AFTER);
}

/** ASR writes "I'd" as "id": before a verb ("id be happy to") it becomes "i would"; "your id number" stays. */
function expandAsrId(): void {
  const n = scratch.length;
  let found = false;
  for (let t = 0; t + 1 < n && !found; t++) found = isAsrContractedId(t);
  if (!found) return;
  const contracted = Array.from({ length: n }, (_, t) => isAsrContractedId(t));
  const infos = scratch.infos.slice(0, n);
  const starts = scratch.starts.slice(0, n);
  const ends = scratch.ends.slice(0, n);
  const breaks = scratch.breaks.slice(0, n);
  scratch.length = 0;
  for (let t = 0; t < n; t++) {
    if (!contracted[t]) {
      pushToken(infos[t]!, starts[t]!, ends[t]!, breaks[t] === 1);
      continue;
    }
    pushToken(wordInfo('i'), starts[t]!, ends[t]!, breaks[t] === 1);
    pushToken(wordInfo('would'), starts[t]!, ends[t]!, false);
  }
}

/** Normalizes one utterance for matching (see NormalizedText for what the parts mean). */
export function prepareText(text: string): MatchText {
  scratch.length = 0;
  let brokenByPunctuation = true;
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (!isWordChar(code)) {
      // A lone hyphen between spaces works as a dash; hyphens inside words ("wi-fi") do not.
      if (isClausePunctuation(code) || (code === 45 && text.charCodeAt(i - 1) === 32 && text.charCodeAt(i + 1) === 32)) brokenByPunctuation = true;
      i++;
      continue;
    }
    const start = i;
    let hash = HASH_SEED;
    for (let c = code; i < text.length && (isWordChar(c) || (isApostrophe(c) && isWordChar(text.charCodeAt(i + 1)))); c = text.charCodeAt(++i)) hash = hashStep(hash, c);
    const words = expandWord(text, start, i, hash);
    for (let k = 0; k < words.length; k++) pushToken(words[k]!, start, i, k === 0 && brokenByPunctuation);
    brokenByPunctuation = false;
  }
  // "it's been" is "it has been", not "it is been".
  const { infos, starts } = scratch;
  for (let k = 1; k + 1 < scratch.length; k++) {
    if (infos[k]!.flags & IS_IS && starts[k] === starts[k - 1] && infos[k + 1]!.flags & HAS_AFTER_CONTRACTED_IS) infos[k] = wordInfo('has');
  }
  expandAsrId();
  dropSoftFillers();
  return matchTextFromScratch();
}

function matchTextFromScratch(): MatchText {
  const { infos, starts, ends, breaks, length: n } = scratch;
  const data = new Array<number>((n + 1) * FIELDS);
  const kept = new Array<WordInfo>(n);
  let clauseStart = true;
  for (let t = 0; t < n; t++) {
    const info = infos[t]!;
    const at = t * FIELDS;
    if (t > 0) clauseStart = breaks[t] === 1 || (infos[t - 1]!.flags & DISCOURSE_MARKER) !== 0;
    data[at + WORD_ID] = info.wordId;
    data[at + LEMMA_ID] = info.lemmaId;
    data[at + START] = starts[t]!;
    data[at + END] = ends[t]!;
    data[at + FLAGS] = (clauseStart ? CLAUSE_START | CLAUSE_END : info.flags & CLAUSE_OPENER ? CLAUSE_END : 0) | (info.stemIds.length > 0 ? HAS_STEMS : 0);
    kept[t] = info;
  }
  const end = n * FIELDS;
  data[end + WORD_ID] = 0;
  data[end + LEMMA_ID] = 0;
  data[end + START] = 0;
  data[end + END] = 0;
  data[end + FLAGS] = CLAUSE_END;
  return { infos: kept, data, version: vocabularyVersion() };
}

export function normalizeText(text: string): NormalizedText {
  const { infos, data } = prepareText(text);
  const tokens = infos.map((info, t): Token => ({ word: info.word, lemma: info.lemma, start: data[t * FIELDS + START]!, end: data[t * FIELDS + END]! }));
  const clauseStart = infos.map((_, t) => (data[t * FIELDS + FLAGS]! & CLAUSE_START) !== 0);
  const clauseEnd = [...infos, undefined].map((_, t) => (data[t * FIELDS + FLAGS]! & CLAUSE_END) !== 0);
  return { tokens, clauseStart, clauseEnd };
}
