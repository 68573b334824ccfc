import type { CompiledCatalog, CompiledEntry } from './compile-catalog.js';
import type { CompiledPattern } from './compile-matcher.js';
import { refreshIds, type MatchText } from './normalize.js';
import { ALWAYS_PRESENT, CANDIDATE_FIELDS, type Candidates, type PatternIndex } from './pattern-index.js';

/** A pattern match as a half-open token range. */
export interface Span { from: number; to: number }
export interface PhraseMatch extends Span { entryIndex: number }

/** All spans where `pattern` matches, scanning left to right and not reporting matches inside an earlier one. */
export function findSpans(pattern: CompiledPattern, text: MatchText): Span[] {
  refreshIds(text);
  const spans: Span[] = [];
  const infos = text.infos;
  for (let from = 0; from < infos.length; from++) {
    if (!pattern.canStartWith(infos[from]!)) continue;
    const to = pattern.matchAt(text, from);
    if (to > from) {
      spans.push({ from, to });
      from = to - 1;
    }
  }
  return spans;
}

function isGuarded(compiled: CompiledEntry, span: Span, text: MatchText, guardSpans: Map<number, Span[]>): boolean {
  return compiled.guards.some((guard, g) => {
    let spans = guardSpans.get(g);
    if (!spans) {
      spans = findSpans(guard.pattern, text);
      guardSpans.set(g, spans);
    }
    return spans.some((s) => s.from < span.to + guard.window && s.to > span.from - guard.window);
  });
}

/**
 * Reused per speaker index across utterances (matching is synchronous, so one utterance at a time):
 * the required word sets the current utterance contains (`setStamp[id] === stamp`; a fresh stamp per
 * utterance stands for clearing the table) and, per entry, where its last match ended.
 */
interface Scratch { setStamp: Int32Array; stamp: number; lastEnd: Int32Array }
const scratches = new WeakMap<PatternIndex, Scratch>();
const MAX_STAMP = 0x3fffffff;

function scratchFor(index: PatternIndex, entryCount: number, text: MatchText): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) scratches.set(index, (scratch = { setStamp: new Int32Array(index.setCount), stamp: 0, lastEnd: new Int32Array(entryCount) }));
  if (scratch.stamp === MAX_STAMP) {
    scratch.setStamp.fill(0);
    scratch.stamp = 0;
  }
  const stamp = ++scratch.stamp;
  const { setStamp } = scratch;
  setStamp[ALWAYS_PRESENT] = stamp;
  const { setsByWordId, setsByLemmaId } = index;
  const infos = text.infos;
  for (let t = 0; t < infos.length; t++) {
    const info = infos[t]!;
    const byWord = setsByWordId[info.wordId];
    if (byWord !== undefined) for (let k = 0; k < byWord.length; k++) setStamp[byWord[k]!] = stamp;
    const byLemma = setsByLemmaId[info.lemmaId];
    if (byLemma !== undefined) for (let k = 0; k < byLemma.length; k++) setStamp[byLemma[k]!] = stamp;
  }
  scratch.lastEnd.fill(0);
  return scratch;
}

/** One utterance's matching state: per entry, where its last match ended and what it found. */
class UtteranceMatches {
  private readonly lastEnd: Int32Array;
  private readonly setStamp: Int32Array;
  private readonly stamp: number;
  byEntry: Map<number, PhraseMatch[]> | undefined;
  private guardSpans: Map<number, Map<number, Span[]>> | undefined;

  constructor(
    private readonly catalog: CompiledCatalog,
    private readonly index: PatternIndex,
    private readonly text: MatchText,
    scratch: Scratch,
  ) {
    this.lastEnd = scratch.lastEnd;
    this.setStamp = scratch.setStamp;
    this.stamp = scratch.stamp;
  }

  /** Tries each candidate (see Candidates) whose required sets the utterance holds and whose entry has no match running past `from`. */
  tryAt(candidates: Candidates, from: number): void {
    const { lastEnd, setStamp, stamp } = this;
    for (let k = 0; k < candidates.length; k += CANDIDATE_FIELDS) {
      const entryIndex = candidates[k]!;
      if (setStamp[candidates[k + 1]!] !== stamp || setStamp[candidates[k + 2]!] !== stamp || lastEnd[entryIndex]! > from) continue;
      const to = this.index.refs[candidates[k + 3]!]!.pattern.matchAt(this.text, from);
      if (to > from) this.found(entryIndex, from, to);
    }
  }

  private found(entryIndex: number, from: number, to: number): void {
    const compiled = this.catalog.entries[entryIndex]!;
    if (compiled.guards.length > 0) {
      this.guardSpans ??= new Map();
      let spans = this.guardSpans.get(entryIndex);
      if (!spans) this.guardSpans.set(entryIndex, (spans = new Map()));
      if (isGuarded(compiled, { from, to }, this.text, spans)) return;
    }
    this.lastEnd[entryIndex] = to;
    const match = { entryIndex, from, to };
    this.byEntry ??= new Map();
    const list = this.byEntry.get(entryIndex);
    if (list) list.push(match);
    else this.byEntry.set(entryIndex, [match]);
  }
}

/**
 * Phrase-entry matches in one utterance: per entry, the earliest unguarded matches (longest at each start),
 * then entries suppressed by an overlapping match of an entry named in their `suppressedBy`.
 */
export function matchPhrases(catalog: CompiledCatalog, text: MatchText, speaker: string): PhraseMatch[] {
  const index = catalog.bySpeaker.get(speaker);
  const infos = text.infos;
  const n = infos.length;
  if (!index || n === 0) return [];
  refreshIds(text);
  const state = new UtteranceMatches(catalog, index, text, scratchFor(index, catalog.entries.length, text));
  const { byWordId, byLemmaId, byStem, anywhere } = index;
  for (let from = 0; from < n; from++) {
    const info = infos[from]!;
    const refs = byWordId[info.wordId];
    if (refs !== undefined) state.tryAt(refs, from);
    const inflected = byLemmaId[info.lemmaId];
    if (inflected !== undefined) state.tryAt(inflected, from);
    if (info.stemIds.length > 0) {
      for (const { stem, candidates } of byStem) if (info.stemIds.includes(stem)) state.tryAt(candidates, from);
    }
    if (anywhere.length > 0) state.tryAt(anywhere, from);
  }
  const byEntry = state.byEntry;
  if (byEntry === undefined) return [];
  const entries = catalog.entries;
  const idOf = (m: PhraseMatch) => entries[m.entryIndex]!.entry.id;
  const all = [...byEntry.values()].flat();
  return all.filter((m) => {
    const suppressors = entries[m.entryIndex]!.entry.suppressedBy;
    if (suppressors.length === 0) return true;
    return !all.some((other) => other !== m && suppressors.includes(idOf(other)) && other.from < m.to && other.to > m.from);
  });
}

/** True when some pattern consumes the whole (normalized) text; an empty text counts as matched. */
export function matchesWholeText(patterns: readonly CompiledPattern[], text: MatchText): boolean {
  const n = text.infos.length;
  if (n === 0) return true;
  refreshIds(text);
  return patterns.some((pattern) => pattern.canStartWith(text.infos[0]!) && pattern.matchAt(text, 0) === n);
}
