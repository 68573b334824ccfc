import { anchorWordId } from './anchor-words.js';
import { cueMatchesAt, cueOccursIn, type CompiledCue } from './cue-matcher.js';

/** One cue of one stage. Exit cues count both as cues and as exits of their stage. */
export interface IndexedCue {
  id: number;
  cue: CompiledCue;
  stage: number;
  isExit: boolean;
}

/**
 * Every cue of a stage config, indexed by a word it needs, so an utterance is matched by looking up
 * its own words instead of trying every cue on it.
 */
export interface StageCueIndex {
  cueCount: number;
  /** Cues with a plain word, under their anchor (the rarest-looking one, see CompiledCue.anchor). */
  byAnchor: Map<string, IndexedCue[]>;
  /** The same lists by the anchor's number (`anchorWordId`); undefined for words this index does not anchor on. */
  byAnchorId: Array<IndexedCue[] | undefined>;
  /** Cues of wildcards only that start with a non-empty prefix ("verif*"), at the char code of its first letter. */
  byPrefixInitial: Array<IndexedCue[] | undefined>;
  /** The rest (starting with `*` or an empty prefix): tried on every utterance. */
  unanchored: IndexedCue[];
}

function addTo(map: Map<string, IndexedCue[]>, key: string, entry: IndexedCue): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

export function buildStageCueIndex(stages: ReadonlyArray<{ cues: readonly CompiledCue[]; exitCues: readonly CompiledCue[] }>): StageCueIndex {
  const byPrefixInitial = new Array<IndexedCue[] | undefined>(128).fill(undefined);
  const index: StageCueIndex = { cueCount: 0, byAnchor: new Map(), byAnchorId: [], byPrefixInitial, unanchored: [] };
  stages.forEach(({ cues, exitCues }, stage) => {
    const exits = new Set(exitCues);
    for (const cue of cues) {
      const entry: IndexedCue = { id: index.cueCount++, cue, stage, isExit: exits.has(cue) };
      const first = cue.tokens[0]!;
      if (cue.anchor !== null) addTo(index.byAnchor, cue.anchor, entry);
      else if (first.kind === 'prefix' && first.text !== '') (byPrefixInitial[first.text.charCodeAt(0)] ??= []).push(entry);
      else index.unanchored.push(entry);
    }
  });
  const ids = [...index.byAnchor.keys()].map(anchorWordId);
  index.byAnchorId = new Array<IndexedCue[] | undefined>(Math.max(0, ...ids) + 1).fill(undefined);
  for (const [anchor, entries] of index.byAnchor) index.byAnchorId[anchorWordId(anchor)] = entries;
  return index;
}

/** Per stage, distinct cue matches (exit cues included) and exit cue matches; `offset` is where this utterance's row starts. */
export interface CueTally {
  cueCounts: Int32Array;
  exitCounts: Int32Array;
  offset: number;
}

/**
 * Adds every distinct cue that occurs in the first `length` of `words` to `tally`. `anchorIds` holds each word's
 * `knownAnchorWordId` (see normalizeTranscriptWords). `seen` holds, per cue id, the last `stamp` it matched under, so a cue found twice
 * counts once; pass a new stamp per utterance.
 */
export function tallyMatchingCues(
  index: StageCueIndex,
  words: readonly string[],
  anchorIds: readonly number[],
  length: number,
  seen: Int32Array,
  stamp: number,
  tally: CueTally,
): void {
  const byAnchorId = index.byAnchorId;
  for (let j = 0; j < length; j++) {
    const word = words[j]!;
    const id = anchorIds[j]!;
    const anchored = id >= 0 && id < byAnchorId.length ? byAnchorId[id] : undefined;
    if (anchored) for (const entry of anchored) tallyIfMatch(entry, words, length, j - entry.cue.anchorOffset, seen, stamp, tally);
    const prefixed = index.byPrefixInitial[word.charCodeAt(0)];
    if (prefixed) for (const entry of prefixed) tallyIfMatch(entry, words, length, j, seen, stamp, tally);
  }
  for (const entry of index.unanchored) {
    if (seen[entry.id] !== stamp && cueOccursIn(entry.cue, words, length)) countMatch(entry, seen, stamp, tally);
  }
}

function tallyIfMatch(entry: IndexedCue, words: readonly string[], length: number, start: number, seen: Int32Array, stamp: number, tally: CueTally): void {
  if (seen[entry.id] !== stamp && cueMatchesAt(entry.cue, words, start, length)) countMatch(entry, seen, stamp, tally);
}

function countMatch(entry: IndexedCue, seen: Int32Array, stamp: number, tally: CueTally): void {
  seen[entry.id] = stamp;
  tally.cueCounts[tally.offset + entry.stage]! += 1;
  if (entry.isExit) tally.exitCounts[tally.offset + entry.stage]! += 1;
}
