import { findAddresses } from './address.js';
import { placeholderFor, REDACTION_CATEGORIES, type RedactionCategory, type RedactionOptions, type TextRedaction } from './categories.js';
import { findChunkedNumbers } from './chunked-numbers.js';
import { classifyRun } from './classify-run.js';
import { findMonthDates } from './dates.js';
import { findDigitRuns } from './digit-runs.js';
import { findEmails } from './email.js';
import { findSlashDates } from './slash-dates.js';
import { contextResolver } from './resolve-context.js';
import { tokenize } from './tokenize.js';

export interface RedactTextOptions extends RedactionOptions {
  /** The utterance before this one: its last cue ("can I get the card number?") governs numbers at the start of this text. */
  previousText?: string;
}

export interface RedactedText {
  text: string;
  /** Spans of the ORIGINAL text that were replaced, in order, not overlapping. */
  redactions: TextRedaction[];
}

/** Redacts one text: every span found is replaced by its typed placeholder. */
export function redactText(text: string, options: RedactTextOptions = {}): RedactedText {
  const redactions = findRedactions(text, options);
  return { text: applyRedactions(text, redactions), redactions };
}

/** Passes over the text until a pass finds nothing new, at most this many. */
const MAX_PASSES = 4;

/**
 * The spans of `text` holding personal data of the enabled categories. A span found by one detector can leave
 * a piece of a number that reads differently once the rest is a placeholder ("123-45-6789 0 Elm Street"), so the
 * redacted text is read again and what that pass finds is mapped back onto the original: redaction is idempotent.
 */
export function findRedactions(text: string, options: RedactTextOptions = {}): TextRedaction[] {
  let spans = findOnce(text, options);
  for (let pass = 1; pass < MAX_PASSES && spans.length > 0; pass++) {
    const redacted = applyRedactions(text, spans);
    const more = findOnce(redacted, options);
    if (more.length === 0) break;
    spans = mergeSpans([...spans, ...more.map((m) => mapBack(m, spans))], text);
  }
  return spans;
}

function applyRedactions(text: string, redactions: readonly TextRedaction[]): string {
  let out = '';
  let cursor = 0;
  for (const r of redactions) {
    out += text.slice(cursor, r.start) + placeholderFor(r.category);
    cursor = r.end;
  }
  return out + text.slice(cursor);
}

/** A span of the redacted text, as a span of the original: a placeholder it touches stands for the whole original span. */
function mapBack(span: TextRedaction, applied: readonly TextRedaction[]): TextRedaction {
  const toOriginal = (position: number, edge: 'start' | 'end'): number => {
    let shift = 0;
    for (const r of applied) {
      const placeholderStart = r.start + shift;
      const placeholderEnd = placeholderStart + placeholderFor(r.category).length;
      if (position < placeholderStart || (edge === 'end' && position === placeholderStart)) break;
      if (position < placeholderEnd || (edge === 'end' && position === placeholderEnd)) return edge === 'start' ? r.start : r.end;
      shift += placeholderFor(r.category).length - (r.end - r.start);
    }
    return position - shift;
  };
  return { category: span.category, start: toOriginal(span.start, 'start'), end: toOriginal(span.end, 'end') };
}

function findOnce(text: string, options: RedactTextOptions): TextRedaction[] {
  const enabled = new Set<RedactionCategory>(options.categories ?? REDACTION_CATEGORIES);
  if (enabled.size === 0 || text.trim() === '') return [];
  const tokens = tokenize(text);
  const contextOf = contextResolver(tokens, options.previousText ? tokenize(options.previousText) : undefined);
  const spans: TextRedaction[] = [];
  const runs = findDigitRuns(tokens);
  const { dates, consumed } = findSlashDates(tokens, runs);
  const chunked = findChunkedNumbers(tokens, runs.filter((r) => !consumed.has(r)), contextOf);
  spans.push(...chunked.spans);
  for (const run of chunked.consumed) consumed.add(run);
  for (const run of runs) if (!consumed.has(run)) spans.push(...classifyRun(run, contextOf(run.firstToken, run.lastToken)));
  for (const date of dates) {
    const kind = contextOf(date.firstToken, date.lastToken);
    const n = date.digits.length;
    if (kind === 'expiry' && n >= 3 && n <= 6) spans.push({ category: 'expiry', start: date.start, end: date.end });
    if (kind === 'dob' && n >= 4 && n <= 8) spans.push({ category: 'dob', start: date.start, end: date.end });
  }
  for (const date of findMonthDates(tokens)) {
    const kind = contextOf(date.firstToken, date.lastToken);
    if (kind === 'dob' || kind === 'expiry') spans.push({ category: kind, start: date.start, end: date.end });
  }
  spans.push(...findEmails(text, tokens), ...findAddresses(tokens));
  return mergeSpans(spans.filter((s) => enabled.has(s.category)), text);
}

/** Earlier categories win when spans of different kinds overlap; the merged span covers both, so nothing leaks. */
const PRECEDENCE: readonly RedactionCategory[] = ['email', 'card', 'ssn', 'routing', 'bank_account', 'phone', 'address', 'dob', 'expiry', 'cvv'];

function mergeSpans(spans: TextRedaction[], text: string): TextRedaction[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: TextRedaction[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    const touching = last && span.start <= last.end;
    const sameKindAdjacent = last && last.category === span.category && /^[\s,.\-/]*$/.test(text.slice(last.end, span.start));
    if (last && (touching || sameKindAdjacent)) {
      last.end = Math.max(last.end, span.end);
      if (PRECEDENCE.indexOf(span.category) < PRECEDENCE.indexOf(last.category)) last.category = span.category;
    } else merged.push({ ...span });
  }
  return merged;
}
