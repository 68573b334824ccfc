import type { Word } from '../call/call.js';

/** Character offsets of each word in the utterance text, or undefined when the words do not follow the text. */
export function alignWords(text: string, words: readonly Word[]): Array<{ start: number; end: number }> | undefined {
  const lower = text.toLowerCase();
  const spans: Array<{ start: number; end: number }> = [];
  let cursor = 0;
  for (const word of words) {
    const needle = word.text.trim().toLowerCase();
    if (needle === '') {
      spans.push({ start: cursor, end: cursor });
      continue;
    }
    const at = lower.indexOf(needle, cursor);
    // A word far ahead of the cursor means the text and the words disagree: do not trust the alignment.
    if (at < 0 || lower.slice(cursor, at).trim().length > 2) return undefined;
    spans.push({ start: at, end: at + needle.length });
    cursor = at + needle.length;
  }
  return spans;
}
