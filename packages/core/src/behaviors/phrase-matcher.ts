import type { CompiledCatalog, CompiledEntry, PatternRef } from './compile-catalog.js';
import type { NormalizedText } from './normalize.js';
import { matchAt, type PatternNode } from './pattern.js';

/** A pattern match as a half-open token range. */
export interface Span { from: number; to: number }
export interface PhraseMatch extends Span { entryIndex: number }

/** All spans where `node` matches, scanning left to right and not reporting matches inside an earlier one. */
export function findSpans(node: PatternNode, text: NormalizedText): Span[] {
  const spans: Span[] = [];
  for (let from = 0; from < text.tokens.length; from++) {
    const to = matchAt(node, text, from);
    if (to > from) {
      spans.push({ from, to });
      from = to - 1;
    }
  }
  return spans;
}

function isGuarded(compiled: CompiledEntry, span: Span, text: NormalizedText, guardSpans: Map<number, Span[]>): boolean {
  return compiled.guards.some((guard, g) => {
    let spans = guardSpans.get(g);
    if (!spans) {
      spans = findSpans(guard.node, text);
      guardSpans.set(g, spans);
    }
    return spans.some((s) => s.from < span.to + guard.window && s.to > span.from - guard.window);
  });
}

/**
 * Phrase-entry matches in one utterance: per entry, the earliest unguarded matches (longest at each start),
 * then entries suppressed by an overlapping match of an entry named in their `suppressedBy`.
 */
export function matchPhrases(catalog: CompiledCatalog, text: NormalizedText, speaker: string): PhraseMatch[] {
  const index = catalog.bySpeaker.get(speaker);
  const n = text.tokens.length;
  if (!index || n === 0) return [];
  const setPresent = new Uint8Array(index.setCount);
  for (const t of text.tokens) {
    const ids = index.setsByWord.get(t.word);
    if (ids) for (const id of ids) setPresent[id] = 1;
    const byLemma = index.setsByLemma.get(t.lemma);
    if (byLemma) for (const id of byLemma) setPresent[id] = 1;
  }
  const byEntry = new Map<number, PhraseMatch[]>();
  const lastEnd = new Int32Array(catalog.entries.length);
  let guardCache: Map<number, Map<number, Span[]>> | undefined;
  const tryAt = (ref: PatternRef, from: number): void => {
    if (lastEnd[ref.entryIndex]! > from) return;
    for (const id of ref.required) if (setPresent[id] === 0) return;
    const to = matchAt(ref.node, text, from);
    if (to <= from) return;
    const compiled = catalog.entries[ref.entryIndex]!;
    if (compiled.guards.length > 0) {
      guardCache ??= new Map();
      let guardSpans = guardCache.get(ref.entryIndex);
      if (!guardSpans) guardCache.set(ref.entryIndex, (guardSpans = new Map()));
      if (isGuarded(compiled, { from, to }, text, guardSpans)) return;
    }
    lastEnd[ref.entryIndex] = to;
    const match = { entryIndex: ref.entryIndex, from, to };
    const found = byEntry.get(ref.entryIndex);
    if (found) found.push(match);
    else byEntry.set(ref.entryIndex, [match]);
  };
  for (let from = 0; from < n; from++) {
    const token = text.tokens[from]!;
    const word = token.word;
    const refs = index.byWord.get(word);
    if (refs) for (const ref of refs) tryAt(ref, from);
    const inflected = index.byLemma.get(token.lemma);
    if (inflected) for (const ref of inflected) tryAt(ref, from);
    for (const { stem, ref } of index.byStem) if (word.startsWith(stem)) tryAt(ref, from);
    for (const ref of index.anywhere) tryAt(ref, from);
  }
  if (byEntry.size === 0) return [];
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
export function matchesWholeText(nodes: PatternNode[], text: NormalizedText): boolean {
  if (text.tokens.length === 0) return true;
  return nodes.some((node) => matchAt(node, text, 0) === text.tokens.length);
}
