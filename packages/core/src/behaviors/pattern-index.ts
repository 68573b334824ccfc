/**
 * Where each phrase pattern can start, per speaker: looked up by the token at each position, so most
 * patterns are never tried, and a pattern is tried only when the utterance holds the word sets it needs.
 */
import type { CompiledEntry } from './compile-catalog.js';
import type { CompiledPattern } from './compile-matcher.js';
import { flattenLists, type FlatLists } from './flat-lists.js';
import { firstWords, requiredWordSets, type RequiredSet } from './pattern.js';
import { chooseCheckedSets, leastLikelySets } from './required-set-choice.js';
import { registerLemma, registerStem, registerWord } from './vocabulary.js';

export interface PatternRef { entryIndex: number; pattern: CompiledPattern }

/**
 * Candidates are records of CANDIDATE_FIELDS ints per pattern, [entry index, required set, required set,
 * index into PatternIndex.refs], flat so the per-token loop reads typed arrays. A pattern needing fewer
 * sets names ALWAYS_PRESENT in the free slots.
 */
export type Candidates = Int32Array;
export const CANDIDATE_FIELDS = 4;
/** The id of a word set every utterance is marked as containing. */
export const ALWAYS_PRESENT = 0;

/** Tables indexed by vocabulary id (see vocabulary.ts); a missing slot means none. */
export interface PatternIndex {
  refs: PatternRef[];
  /** Candidate records of the patterns that can start with each word id. */
  byWordId: FlatLists;
  /** Patterns that can start with an inflected word (`cancel+`), by inflection key id. */
  byLemmaId: FlatLists;
  /** Patterns that can start with a prefix (`frustrat*`), in catalog order, by stem id. */
  byStem: Array<{ stem: number; candidates: Candidates }>;
  anywhere: Candidates;
  /** For each word id, the ids of the required word sets it belongs to; marks which sets an utterance holds in one pass. */
  setsByWordId: FlatLists;
  /** The same for inflection keys (`cancel+` in a required position). */
  setsByLemmaId: FlatLists;
  /** Word set ids run from 0 (ALWAYS_PRESENT) to setCount - 1. */
  setCount: number;
  /**
   * Per entry index, two required set ids per guard (ALWAYS_PRESENT in free slots): a guard can only match an
   * utterance holding both, so its spans need not be looked for otherwise.
   */
  guardSets: Array<Int32Array | undefined>;
  /** Working memory of the matcher, reused across utterances (see phrase-matcher.ts). */
  scratch: MatchScratch;
}

/**
 * The required word sets the current utterance contains (`setStamp[id] === stamp`; a fresh stamp per utterance
 * stands for clearing the table) and, per catalog entry, where its last match in the utterance ended.
 */
export interface MatchScratch { setStamp: Int32Array; stamp: number; lastEnd: Int32Array }

interface Candidate { ref: number; entryIndex: number; required: number[] }

class IndexBuilder {
  readonly refs: PatternRef[] = [];
  readonly byWordId: Candidate[][] = [];
  readonly byLemmaId: Candidate[][] = [];
  readonly byStem: Array<{ stem: number; candidate: Candidate }> = [];
  readonly anywhere: Candidate[] = [];
  readonly setsByWordId: Array<number[] | undefined> = [];
  readonly setsByLemmaId: Array<number[] | undefined> = [];
  readonly guardSets: Array<Int32Array | undefined> = [];
  private readonly setIds = new Map<string, number>();
  private setCount = ALWAYS_PRESENT + 1;

  add(entryIndex: number, pattern: CompiledPattern): void {
    const first = firstWords(pattern.node);
    const required = [...new Set(chooseCheckedSets(requiredWordSets(pattern.node), first).map((set) => this.setId(set)))];
    const candidate: Candidate = { ref: this.refs.length, entryIndex, required };
    this.refs.push({ entryIndex, pattern });
    if (first.any || first.canBeEmpty) {
      this.anywhere.push(candidate);
      return;
    }
    for (const word of first.words) (this.byWordId[registerWord(word)] ??= []).push(candidate);
    for (const lemma of first.lemmas) (this.byLemmaId[registerLemma(lemma)] ??= []).push(candidate);
    for (const stem of first.stems) this.byStem.push({ stem: registerStem(stem), candidate });
  }

  addGuards(entryIndex: number, guards: readonly CompiledPattern[]): void {
    this.guardSets[entryIndex] = Int32Array.from(guards.flatMap((guard) => {
      const sets = requiredWordSets(guard.node);
      const first = firstWords(guard.node);
      if (!first.any && !first.canBeEmpty && first.stems.length === 0) sets.push({ words: first.words, lemmas: first.lemmas });
      const ids = leastLikelySets(sets).map((set) => this.setId(set));
      return [ids[0] ?? ALWAYS_PRESENT, ids[1] ?? ALWAYS_PRESENT];
    }));
  }

  private setId(set: RequiredSet): number {
    const key = `${[...set.words].sort().join(' ')}|${[...set.lemmas].sort().join(' ')}`;
    const known = this.setIds.get(key);
    if (known !== undefined) return known;
    const id = this.setCount++;
    this.setIds.set(key, id);
    for (const word of set.words) (this.setsByWordId[registerWord(word)] ??= []).push(id);
    for (const lemma of set.lemmas) (this.setsByLemmaId[registerLemma(lemma)] ??= []).push(id);
    return id;
  }

  build(entryCount: number): PatternIndex {
    return {
      refs: this.refs,
      byWordId: flattenLists(this.byWordId.map(records)),
      byLemmaId: flattenLists(this.byLemmaId.map(records)),
      byStem: this.byStem.map(({ stem, candidate }) => ({ stem, candidates: Int32Array.from(records([candidate])) })),
      anywhere: Int32Array.from(records(this.anywhere)),
      setsByWordId: flattenLists(this.setsByWordId),
      setsByLemmaId: flattenLists(this.setsByLemmaId),
      guardSets: this.guardSets,
      setCount: this.setCount,
      scratch: { setStamp: new Int32Array(this.setCount), stamp: 0, lastEnd: new Int32Array(entryCount) },
    };
  }
}

function records(candidates: Candidate[]): number[] {
  return candidates.flatMap((c) => {
    if (c.required.length > CANDIDATE_FIELDS - 2) throw new Error('a candidate record has room for two required sets');
    return [c.entryIndex, c.required[0] ?? ALWAYS_PRESENT, c.required[1] ?? ALWAYS_PRESENT, c.ref];
  });
}

/** The phrase patterns of every `phrase` entry, indexed per speaker (in catalog order, which sets the order they are tried in). */
export function buildPatternIndexes(entries: readonly CompiledEntry[]): Map<string, PatternIndex> {
  const builders = new Map<string, IndexBuilder>();
  entries.forEach((compiled, entryIndex) => {
    if (compiled.entry.detector !== 'phrase') return;
    let builder = builders.get(compiled.entry.speaker);
    if (!builder) builders.set(compiled.entry.speaker, (builder = new IndexBuilder()));
    for (const pattern of compiled.patterns) builder.add(entryIndex, pattern);
    if (compiled.guards.length > 0) builder.addGuards(entryIndex, compiled.guards.map((guard) => guard.pattern));
  });
  return new Map([...builders].map(([speaker, builder]) => [speaker, builder.build(entries.length)]));
}
