import type { CompiledCatalog, CompiledEntry, PatternIndex, PatternRef } from './compile-catalog.js';
import type { CompiledPattern } from './compile-matcher.js';
import { refreshIds, type MatchText } from './normalize.js';

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
 * Per speaker index, which required word sets the current utterance contains: `setStamp[id] === stamp`.
 * A fresh stamp per utterance stands for clearing the table.
 */
const stamps = new WeakMap<PatternIndex, { setStamp: Int32Array; stamp: number }>();
const MAX_STAMP = 0x3fffffff;

function markPresentSets(index: PatternIndex, text: MatchText): { setStamp: Int32Array; stamp: number } {
  let marks = stamps.get(index);
  if (!marks) stamps.set(index, (marks = { setStamp: new Int32Array(index.setCount), stamp: 0 }));
  if (marks.stamp === MAX_STAMP) {
    marks.setStamp.fill(0);
    marks.stamp = 0;
  }
  const stamp = ++marks.stamp;
  const { setStamp } = marks;
  const { setsByWordId, setsByLemmaId } = index;
  for (const info of text.infos) {
    const byWord = info.wordId < setsByWordId.length ? setsByWordId[info.wordId] : undefined;
    if (byWord) for (let k = 0; k < byWord.length; k++) setStamp[byWord[k]!] = stamp;
    const byLemma = info.lemmaId < setsByLemmaId.length ? setsByLemmaId[info.lemmaId] : undefined;
    if (byLemma) for (let k = 0; k < byLemma.length; k++) setStamp[byLemma[k]!] = stamp;
  }
  return marks;
}

/** One utterance's matching state: per entry, where its last match ended and what it found. */
class UtteranceMatches {
  readonly lastEnd: Int32Array;
  byEntry: Map<number, PhraseMatch[]> | undefined;
  guardSpans: Map<number, Map<number, Span[]>> | undefined;

  constructor(
    private readonly catalog: CompiledCatalog,
    private readonly text: MatchText,
    private readonly setStamp: Int32Array,
    private readonly stamp: number,
  ) {
    this.lastEnd = new Int32Array(catalog.entries.length);
  }

  tryAt(refs: readonly PatternRef[], from: number): void {
    for (let r = 0; r < refs.length; r++) {
      const ref = refs[r]!;
      if (this.lastEnd[ref.entryIndex]! > from || !this.hasRequired(ref.required)) continue;
      const to = ref.pattern.matchAt(this.text, from);
      if (to > from) this.found(ref.entryIndex, from, to);
    }
  }

  private hasRequired(required: readonly number[]): boolean {
    for (let k = 0; k < required.length; k++) if (this.setStamp[required[k]!] !== this.stamp) return false;
    return true;
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
  const { setStamp, stamp } = markPresentSets(index, text);
  const state = new UtteranceMatches(catalog, text, setStamp, stamp);
  const { byWordId, byLemmaId, byStem, anywhere } = index;
  for (let from = 0; from < n; from++) {
    const info = infos[from]!;
    const refs = info.wordId < byWordId.length ? byWordId[info.wordId] : undefined;
    if (refs) state.tryAt(refs, from);
    const inflected = info.lemmaId < byLemmaId.length ? byLemmaId[info.lemmaId] : undefined;
    if (inflected) state.tryAt(inflected, from);
    if (info.stemIds.length > 0) {
      for (const { stem, ref } of byStem) if (info.stemIds.includes(stem)) state.tryAt([ref], from);
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
