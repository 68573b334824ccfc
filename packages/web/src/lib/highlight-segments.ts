/** Inline highlighting of quoted spans (behaviors, signals, evidence) inside an utterance's text. */

export interface QuoteMark {
  quote: string;
  /** What the span is, shown on hover and focus (e.g. "Empathy"). */
  label: string;
  /** The span the user just asked for (an inflection's precursor, a criterion's evidence). */
  active?: boolean;
}

export interface Segment {
  text: string;
  /** Labels of every mark covering this piece; empty for plain text. */
  labels: string[];
  active: boolean;
}

/** Where `quote` occurs in `text`, ignoring case; null when it does not (ASR text may differ from the quote). */
export function findQuote(text: string, quote: string): { start: number; end: number } | null {
  const q = quote.trim();
  if (!q) return null;
  const start = text.toLowerCase().indexOf(q.toLowerCase());
  return start < 0 ? null : { start, end: start + q.length };
}

/**
 * Splits `text` at every mark boundary, so overlapping marks both show: each piece lists all labels over it.
 * Marks whose quote is not in the text are left out.
 */
export function highlightSegments(text: string, marks: readonly QuoteMark[]): Segment[] {
  const ranges = marks.flatMap((m) => {
    const at = findQuote(text, m.quote);
    return at ? [{ ...at, label: m.label, active: m.active === true }] : [];
  });
  if (ranges.length === 0) return text ? [{ text, labels: [], active: false }] : [];
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const over = ranges.filter((r) => r.start <= start && r.end >= end);
    const labels = [...new Set(over.map((r) => r.label))];
    const piece = { text: text.slice(start, end), labels, active: over.some((r) => r.active) };
    const last = segments.at(-1);
    // Neighbors with the same marks read as one span.
    if (last && last.active === piece.active && last.labels.join('\n') === labels.join('\n')) last.text += piece.text;
    else segments.push(piece);
  }
  return segments;
}
