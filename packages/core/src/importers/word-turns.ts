import type { Word } from '../call/call.js';
import type { SourceTurn } from './source-transcript.js';

/** A word already tied to a speaker label, with the source path of its times. */
export interface LabeledWord {
  label: string;
  text: string;
  startMs: number;
  endMs: number;
  startWhere: string;
  endWhere: string;
  channel?: string | number;
}

/**
 * Groups consecutive words of the same speaker into turns. Word texts are joined with spaces;
 * the words are kept on the turn. Callers order the words by time first.
 */
export function turnsFromWords(words: readonly LabeledWord[]): SourceTurn[] {
  const turns: SourceTurn[] = [];
  let current: { first: LabeledWord; last: LabeledWord; texts: string[]; words: Word[] } | undefined;
  const flush = (): void => {
    if (!current) return;
    const turn: SourceTurn = {
      label: current.first.label,
      startMs: current.first.startMs,
      endMs: Math.max(current.last.endMs, current.first.startMs),
      text: current.texts.join(' '),
      words: current.words,
      startWhere: current.first.startWhere,
      endWhere: current.last.endWhere,
    };
    if (current.first.channel !== undefined) turn.channel = current.first.channel;
    turns.push(turn);
  };
  for (const word of words) {
    if (!current || current.first.label !== word.label) {
      flush();
      current = { first: word, last: word, texts: [], words: [] };
    }
    current.last = word;
    current.texts.push(word.text);
    current.words.push({ text: word.text, startMs: word.startMs, endMs: word.endMs });
  }
  flush();
  return turns;
}

/** Orders words from several channels into one timeline; ties keep channel order (the sort is stable). */
export function mergeByTime(words: LabeledWord[]): LabeledWord[] {
  return words.sort((a, b) => a.startMs - b.startMs);
}
