import { tokenCost } from './token-similarity.js';

/** One entry of a vocabulary that some stream text nearly matches (cost below 1). */
export interface NearMatch {
  id: number;
  cost: number;
}

const NO_MATCHES: readonly NearMatch[] = Object.freeze([]);
/** Bounds memory on long-running servers that see an open-ended vocabulary; refilling costs only time. */
const MAX_REMEMBERED_TEXTS = 50_000;

/**
 * A fixed vocabulary (a criterion's phrase tokens and merged token pairs) and, for any stream text, the vocabulary
 * entries it nearly matches with their token cost. Every other pair costs 1, so alignments only need these few entries.
 * Answers are remembered per text: calls repeat most of their words.
 */
export class NearMatchIndex {
  private readonly entries: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly remembered = new Map<string, readonly NearMatch[]>();

  /** The id of a vocabulary entry, adding it when new. Add every entry before the first `nearMatches` call. */
  idOf(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.entries.length;
      this.entries.push(text);
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

  private computeNearMatches(text: string): readonly NearMatch[] {
    const found: NearMatch[] = [];
    for (let id = 0; id < this.entries.length; id++) {
      const cost = tokenCost(this.entries[id]!, text);
      if (cost < 1) found.push({ id, cost });
    }
    return found.length > 0 ? found : NO_MATCHES;
  }
}

/** One call's words and word pairs looked up in an index at most once each, by call vocabulary id. */
export class CallNearMatches {
  private readonly byId: Array<readonly NearMatch[] | undefined>;

  constructor(
    private readonly index: NearMatchIndex,
    private readonly texts: readonly string[],
  ) {
    this.byId = new Array<readonly NearMatch[] | undefined>(texts.length);
  }

  of(id: number): readonly NearMatch[] {
    let matches = this.byId[id];
    if (matches === undefined) {
      matches = this.index.nearMatches(this.texts[id]!);
      this.byId[id] = matches;
    }
    return matches;
  }
}
