import type { Call, Utterance, Word } from '../call/call.js';
import { placeholderFor, type RedactionCategory, type RedactionOptions, type TextRedaction } from './categories.js';
import { redactText } from './redact-text.js';
import { alignWords } from './word-spans.js';

/** A redacted stretch of audio: what was there and when it was said. */
export interface TimedRedaction {
  category: RedactionCategory;
  startMs: number;
  endMs: number;
}

export interface CallRedaction extends TimedRedaction {
  /** Index of the utterance in `call.utterances`. */
  utterance: number;
}

export interface RedactedCall {
  call: Call;
  /** Everything redacted in this pass (redactions from earlier passes stay on the utterances, not here). */
  redactions: CallRedaction[];
}

/**
 * Redacts every utterance (each read with the one before it as context), its words and the call's string metadata.
 * Time ranges come from the words when they follow the text, else from character offsets in proportion.
 */
export function redactCall(call: Call, options: RedactionOptions = {}): RedactedCall {
  const redactions: CallRedaction[] = [];
  const utterances = call.utterances.map((u, index) => {
    const previousText = index > 0 ? call.utterances[index - 1]!.text : undefined;
    const result = redactUtterance(u, { ...options, ...(previousText !== undefined ? { previousText } : {}) });
    for (const r of result.added) redactions.push({ utterance: index, ...r });
    return result.utterance;
  });
  const metadata = call.metadata ? (redactValue(call.metadata, '', options) as Record<string, unknown>) : undefined;
  return { call: { ...call, utterances, ...(metadata ? { metadata } : {}) }, redactions };
}

function redactUtterance(u: Utterance, options: RedactionOptions & { previousText?: string }): { utterance: Utterance; added: TimedRedaction[] } {
  const { text, redactions } = redactText(u.text, options);
  const aligned = u.words && u.words.length > 0 ? alignWords(u.text, u.words) : undefined;
  let words = u.words;
  let added: TimedRedaction[];
  if (u.words && aligned) {
    added = redactions.map((r) => timeFromWords(r, u, u.words!, aligned));
    words = scrubWords(u.words, aligned, redactions);
  } else {
    added = redactions.map((r) => timeFromOffsets(r, u));
    // The words do not follow the text: redact their own joined text so none of them keeps what the text lost.
    if (u.words && u.words.length > 0) words = redactWordsOnTheirOwn(u.words, options);
  }
  if (redactions.length === 0 && words === u.words) return { utterance: u, added: [] };
  const all = [...(u.redactions ?? []), ...added];
  return { utterance: { ...u, text, ...(words ? { words } : {}), ...(all.length > 0 ? { redactions: all } : {}) }, added };
}

function timeFromWords(r: TextRedaction, u: Utterance, words: readonly Word[], spans: ReadonlyArray<{ start: number; end: number }>): TimedRedaction {
  const inside = words.filter((_, i) => spans[i]!.end > r.start && spans[i]!.start < r.end);
  if (inside.length === 0) return timeFromOffsets(r, u);
  return { category: r.category, startMs: Math.min(...inside.map((w) => w.startMs)), endMs: Math.max(...inside.map((w) => w.endMs)) };
}

function timeFromOffsets(r: TextRedaction, u: Utterance): TimedRedaction {
  const length = Math.max(1, u.text.length);
  const span = Math.max(0, u.endMs - u.startMs);
  return {
    category: r.category,
    startMs: Math.round(u.startMs + (span * r.start) / length),
    endMs: Math.round(u.startMs + (span * r.end) / length),
  };
}

/** Words inside a redacted span collapse into one word holding the placeholder, timed from the first to the last. */
function scrubWords(words: readonly Word[], spans: ReadonlyArray<{ start: number; end: number }>, redactions: readonly TextRedaction[]): Word[] {
  const out: Word[] = [];
  let open: { redaction: TextRedaction; word: Word } | undefined;
  words.forEach((word, i) => {
    const span = spans[i]!;
    const r = redactions.find((x) => span.end > x.start && span.start < x.end);
    if (!r) {
      open = undefined;
      out.push(word);
    } else if (open && open.redaction === r) {
      open.word.endMs = Math.max(open.word.endMs, word.endMs);
    } else {
      open = { redaction: r, word: { text: placeholderFor(r.category), startMs: word.startMs, endMs: word.endMs } };
      out.push(open.word);
    }
  });
  return out;
}

function redactWordsOnTheirOwn(words: Word[], options: RedactionOptions): Word[] {
  const joined = words.map((w) => w.text).join(' ');
  const { redactions } = redactText(joined, options);
  if (redactions.length === 0) return words;
  let offset = 0;
  const spans = words.map((w) => {
    const span = { start: offset, end: offset + w.text.length };
    offset += w.text.length + 1;
    return span;
  });
  return scrubWords(words, spans, redactions);
}

/** String values anywhere in metadata, each read with its key as context ("customerPhone", "orderNumber"). */
function redactValue(value: unknown, key: string, options: RedactionOptions): unknown {
  if (typeof value === 'string') return redactText(value, { ...options, previousText: spacedKey(key) }).text;
  if (typeof value === 'number' && Number.isInteger(value)) {
    const redacted = redactText(String(value), { ...options, previousText: spacedKey(key) });
    return redacted.redactions.length > 0 ? redacted.text : value;
  }
  if (Array.isArray(value)) return value.map((v) => redactValue(v, key, options));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, k, options)]));
  return value;
}

function spacedKey(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').toLowerCase();
}
