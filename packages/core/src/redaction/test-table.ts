import { expect, it } from 'vitest';
import { redactText } from './redact-text.js';

/** One row: the text (and the utterance before it), and the text expected after redaction. */
export type Row = [text: string, expected: string, previous?: string];

export function itRedacts(rows: readonly Row[]): void {
  it.each(rows)('%s', (text, expected, previous) => {
    expect(redactText(text, previous ? { previousText: previous } : {}).text).toBe(expected);
  });
}

/** Distractors: the text must come back unchanged. */
export function itKeeps(rows: ReadonlyArray<[text: string, previous?: string]>): void {
  it.each(rows)('%s', (text, previous) => {
    expect(redactText(text, previous ? { previousText: previous } : {}).text).toBe(text);
  });
}
