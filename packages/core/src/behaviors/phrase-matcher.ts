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

function candidatesAt(index: CompiledCatalog, word: string): PatternRef[] {
  const direct = index.byWord.get(word) ?? [];
  const stems = index.byStem.filter((s) => word.startsWith(s.stem)).map((s) => s.ref);
  if (stems.length === 0 && index.anywhere.length === 0) return direct;
  return [...direct, ...stems, ...index.anywhere];
}

/**
 * Phrase-entry matches in one utterance: per entry, the earliest unguarded matches (longest at each start),
 * then entries suppressed by an overlapping match of an entry named in their `suppressedBy`.
 */
export function matchPhrases(index: CompiledCatalog, text: NormalizedText, speaker: string): PhraseMatch[] {
  const byEntry = new Map<number, PhraseMatch[]>();
  const guardCache = new Map<number, Map<number, Span[]>>();
  for (let from = 0; from < text.tokens.length; from++) {
    for (const ref of candidatesAt(index, text.tokens[from]!.word)) {
      const compiled = index.entries[ref.entryIndex]!;
      if (compiled.entry.speaker !== speaker) continue;
      const found = byEntry.get(ref.entryIndex);
      const last = found?.[found.length - 1];
      if (last && last.to > from) continue;
      const to = matchAt(ref.node, text, from);
      if (to <= from) continue;
      let guardSpans = guardCache.get(ref.entryIndex);
      if (!guardSpans) guardCache.set(ref.entryIndex, (guardSpans = new Map()));
      if (isGuarded(compiled, { from, to }, text, guardSpans)) continue;
      const match = { entryIndex: ref.entryIndex, from, to };
      if (found) found.push(match);
      else byEntry.set(ref.entryIndex, [match]);
    }
  }
  const idOf = (m: PhraseMatch) => index.entries[m.entryIndex]!.entry.id;
  const all = [...byEntry.values()].flat();
  return all.filter((m) => {
    const suppressors = index.entries[m.entryIndex]!.entry.suppressedBy;
    if (suppressors.length === 0) return true;
    return !all.some((other) => other !== m && suppressors.includes(idOf(other)) && other.from < m.to && other.to > m.from);
  });
}

/** True when some pattern consumes the whole (normalized) text; an empty text counts as matched. */
export function matchesWholeText(nodes: PatternNode[], text: NormalizedText): boolean {
  if (text.tokens.length === 0) return true;
  return nodes.some((node) => matchAt(node, text, 0) === text.tokens.length);
}
