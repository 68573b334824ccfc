import { editDistanceLowerBound, letterClasses } from './letter-classes.js';
import { PairTable } from './pair-table.js';
import { tokenCost } from './token-similarity.js';
import { wordIdGeneration, wordText } from './word-ids.js';

/** One entry of a vocabulary that some stream text nearly matches (cost below 1). */
export interface NearMatch {
  id: number;
  cost: number;
}

const NO_MATCHES: readonly NearMatch[] = Object.freeze([]);
/**
 * Bounds memory on long-running servers that see an open-ended vocabulary; refilling costs only time. Every script
 * and intent criterion has its own index, so the pair table's bound (about 2 MB full) is paid per criterion.
 */
const MAX_REMEMBERED_TEXTS = 50_000;
const MAX_REMEMBERED_PAIRS = 65_536;

/**
 * A fixed vocabulary (a criterion's phrase tokens and merged token pairs) and, for any stream text, the vocabulary
 * entries it nearly matches with their token cost. Every other pair costs 1, so alignments only need these few entries.
 * Answers are remembered per text, and per process-wide word id and word-id pair (see word-ids.ts): calls repeat most
 * of their words and word pairs, so a new call mostly reads remembered answers.
 */
export class NearMatchIndex {
  private readonly entries: string[] = [];
  /** Per entry, its letter classes (see letter-classes.ts): most entries are ruled out without an edit distance. */
  private readonly entryClasses: number[] = [];
  private readonly ids = new Map<string, number>();
  private readonly remembered = new Map<string, readonly NearMatch[]>();
  /** By word id: dense, since word ids are. */
  private byWord: Array<readonly NearMatch[] | undefined> = [];
  private readonly byPair = new PairTable<readonly NearMatch[]>(MAX_REMEMBERED_PAIRS);
  private generation = wordIdGeneration();

  /** The id of a vocabulary entry, adding it when new. Add every entry before the first `nearMatches` call. */
  idOf(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.entries.length;
      this.entries.push(text);
      this.entryClasses.push(letterClasses(text));
      this.ids.set(text, id);
    }
    return id;
  }

  get size(): number {
    return this.entries.length;
  }

  nearMatches(text: string): readonly NearMatch[] {
    let matches = this.remembered.get(text);
    if (matches === undefined) {
      matches = this.computeNearMatches(text);
      if (this.remembered.size >= MAX_REMEMBERED_TEXTS) this.remembered.clear();
      this.remembered.set(text, matches);
    }
    return matches;
  }

  /** nearMatches(wordText(id)). */
  wordMatches(id: number): readonly NearMatch[] {
    this.forgetStaleIds();
    let matches = this.byWord[id];
    if (matches === undefined) {
      matches = this.computeNearMatches(wordText(id));
      while (this.byWord.length < id) this.byWord.push(undefined);
      this.byWord[id] = matches;
    }
    return matches;
  }

  /** nearMatches(wordText(first) + wordText(second)): the two words said as one. */
  pairMatches(first: number, second: number): readonly NearMatch[] {
    this.forgetStaleIds();
    let matches = this.byPair.get(first, second);
    if (matches === undefined) {
      matches = this.computeNearMatches(wordText(first) + wordText(second));
      this.byPair.add(first, second, matches);
    }
    return matches;
  }

  private forgetStaleIds(): void {
    if (this.generation === wordIdGeneration()) return;
    this.byWord = [];
    this.byPair.clear();
    this.generation = wordIdGeneration();
  }

  private computeNearMatches(text: string): readonly NearMatch[] {
    const found: NearMatch[] = [];
    const classes = letterClasses(text);
    for (let id = 0; id < this.entries.length; id++) {
      const entry = this.entries[id]!;
      // tokenCost is 1 when more than half the longer word's letters must change: skip what the bound already rules out.
      const longest = entry.length > text.length ? entry.length : text.length;
      if (editDistanceLowerBound(this.entryClasses[id]!, classes) * 2 > longest) continue;
      const cost = tokenCost(entry, text);
      if (cost < 1) found.push({ id, cost });
    }
    return found.length > 0 ? found : NO_MATCHES;
  }
}
