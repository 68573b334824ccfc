import { findAddresses } from './address.js';
import { placeholderFor, REDACTION_CATEGORIES, type RedactionCategory, type RedactionOptions, type TextRedaction } from './categories.js';
import { classifyRun } from './classify-run.js';
import { findMonthDates } from './dates.js';
import { findDigitRuns } from './digit-runs.js';
import { findEmails } from './email.js';
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
  let out = '';
  let cursor = 0;
  for (const r of redactions) {
    out += text.slice(cursor, r.start) + placeholderFor(r.category);
    cursor = r.end;
  }
  return { text: out + text.slice(cursor), redactions };
}

/** The spans of `text` holding personal data of the enabled categories. */
export function findRedactions(text: string, options: RedactTextOptions = {}): TextRedaction[] {
  const enabled = new Set<RedactionCategory>(options.categories ?? REDACTION_CATEGORIES);
  if (enabled.size === 0 || text.trim() === '') return [];
  const tokens = tokenize(text);
  const contextOf = contextResolver(tokens, options.previousText ? tokenize(options.previousText) : undefined);
  const spans: TextRedaction[] = [];
  for (const run of findDigitRuns(tokens)) spans.push(...classifyRun(run, contextOf(run.firstToken, run.lastToken)));
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
