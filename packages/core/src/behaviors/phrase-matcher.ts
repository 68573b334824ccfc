import type { CompiledCatalog, CompiledEntry } from './compile-catalog.js';
import { canStartAt, passesSecondTest, type CompiledPattern } from './compile-matcher.js';
import { listEnd, listStart } from './flat-lists.js';
import { FIELDS, FLAGS, HAS_STEMS, LEMMA_ID, refreshIds, WORD_ID, type MatchText } from './match-text.js';
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
    if (!canStartAt(pattern, text, from)) continue;
    const to = pattern.matchAt(text, from);
    if (to > from) {
      spans.push({ from, to });
      from = to - 1;
    }
  }
  return spans;
}

const NO_SPANS: readonly Span[] = [];

/** `absent(g)`: the utterance lacks words guard `g` requires, so it has no spans. */
function isGuarded(compiled: CompiledEntry, span: Span, text: MatchText, guardSpans: Map<number, readonly Span[]>, absent: (g: number) => boolean): boolean {
  return compiled.guards.some((guard, g) => {
    let spans = guardSpans.get(g);
    if (!spans) {
      spans = absent(g) ? NO_SPANS : findSpans(guard.pattern, text);
      guardSpans.set(g, spans);
    }
    return spans.some((s) => s.from < span.to + guard.window && s.to > span.from - guard.window);
  });
}

const MAX_STAMP = 0x3fffffff;

/** Marks the required word sets the utterance contains (see MatchScratch) and clears the per-entry state. */
function startUtterance(index: PatternIndex, text: MatchText): void {
  const scratch = index.scratch;
  if (scratch.stamp === MAX_STAMP) {
    scratch.setStamp.fill(0);
    scratch.stamp = 0;
  }
  const stamp = ++scratch.stamp;
  const { setStamp } = scratch;
  setStamp[ALWAYS_PRESENT] = stamp;
  const { setsByWordId, setsByLemmaId } = index;
  const { data, infos } = text;
  for (let t = 0; t < infos.length; t++) {
    const wordId = data[t * FIELDS + WORD_ID]!;
    for (let k = listStart(setsByWordId, wordId), end = listEnd(setsByWordId, wordId); k < end; k++) setStamp[setsByWordId.data[k]!] = stamp;
    const lemmaId = data[t * FIELDS + LEMMA_ID]!;
    for (let k = listStart(setsByLemmaId, lemmaId), end = listEnd(setsByLemmaId, lemmaId); k < end; k++) setStamp[setsByLemmaId.data[k]!] = stamp;
  }
  scratch.lastEnd.fill(0);
}

/** One utterance's matching state: per entry, where its last match ended and what it found. */
class UtteranceMatches {
  private readonly lastEnd: Int32Array;
  private readonly setStamp: Int32Array;
  private readonly stamp: number;
  byEntry: Map<number, PhraseMatch[]> | undefined;
  private guardSpans: Map<number, Map<number, readonly Span[]>> | undefined;

  constructor(
    private readonly catalog: CompiledCatalog,
    private readonly index: PatternIndex,
    private readonly text: MatchText,
  ) {
    this.lastEnd = index.scratch.lastEnd;
    this.setStamp = index.scratch.setStamp;
    this.stamp = index.scratch.stamp;
  }

  /**
   * Tries the candidate records `candidates[start..end)` (see Candidates) whose required sets the
   * utterance holds and whose entry has no match running past `from`.
   */
  tryAt(candidates: Candidates, start: number, end: number, from: number): void {
    const { lastEnd, setStamp, stamp } = this;
    for (let k = start; k < end; k += CANDIDATE_FIELDS) {
      const entryIndex = candidates[k]!;
      if (setStamp[candidates[k + 1]!] !== stamp || setStamp[candidates[k + 2]!] !== stamp || lastEnd[entryIndex]! > from) continue;
      // The second-token test inline: most candidates fail it, and the call to their own matcher is the costly part.
      const pattern = this.index.refs[candidates[k + 3]!]!.pattern;
      const second = pattern.second;
      if (second !== undefined && !passesSecondTest(second, this.text, from)) continue;
      const to = pattern.matchAfterSecondTest(this.text, from);
      if (to > from) this.found(entryIndex, from, to);
    }
  }

  private found(entryIndex: number, from: number, to: number): void {
    const compiled = this.catalog.entries[entryIndex]!;
    if (compiled.guards.length > 0) {
      this.guardSpans ??= new Map();
      let spans = this.guardSpans.get(entryIndex);
      if (!spans) this.guardSpans.set(entryIndex, (spans = new Map()));
      const required = this.index.guardSets[entryIndex]!;
      const absent = (g: number) => this.setStamp[required[2 * g]!] !== this.stamp || this.setStamp[required[2 * g + 1]!] !== this.stamp;
      if (isGuarded(compiled, { from, to }, this.text, spans, absent)) return;
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
  startUtterance(index, text);
  const state = new UtteranceMatches(catalog, index, text);
  const { byWordId, byLemmaId, byStem, anywhere } = index;
  const data = text.data;
  for (let from = 0; from < n; from++) {
    const wordId = data[from * FIELDS + WORD_ID]!;
    state.tryAt(byWordId.data, listStart(byWordId, wordId), listEnd(byWordId, wordId), from);
    const lemmaId = data[from * FIELDS + LEMMA_ID]!;
    state.tryAt(byLemmaId.data, listStart(byLemmaId, lemmaId), listEnd(byLemmaId, lemmaId), from);
    if ((data[from * FIELDS + FLAGS]! & HAS_STEMS) !== 0) {
      const stems = infos[from]!.stemIds;
      for (const { stem, candidates } of byStem) if (stems.includes(stem)) state.tryAt(candidates, 0, candidates.length, from);
    }
    if (anywhere.length > 0) state.tryAt(anywhere, 0, anywhere.length, from);
  }
  const byEntry = state.byEntry;
  if (byEntry === undefined) return [];
  const entries = catalog.entries;
  const idOf = (m: PhraseMatch) => entries[m.entryIndex]!.entry.id;
  // A plain loop: spreading the lists and calling flat() costs more than the matching of a short utterance.
  const all: PhraseMatch[] = [];
  for (const list of byEntry.values()) for (let k = 0; k < list.length; k++) all.push(list[k]!);
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
  return patterns.some((pattern) => canStartAt(pattern, text, 0) && pattern.matchAt(text, 0) === n);
}
