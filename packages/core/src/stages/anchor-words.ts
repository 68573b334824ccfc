/**
 * Numbers for the words stage cues are anchored on (CompiledCue.anchor), shared by every cue index: an utterance's
 * words carry their number from the normalization cache, so an index finds a word's cues with an array read instead
 * of a map lookup. Numbers are only added (by each config compiled), so the count says when a number may be new.
 */
const ids = new Map<string, number>();

/** The word's number, giving it one if it has none. */
export function anchorWordId(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = ids.size;
    ids.set(word, id);
  }
  return id;
}

/** The word's number, or -1 when no cue index has anchored on it. */
export function knownAnchorWordId(word: string): number {
  return ids.get(word) ?? -1;
}

/** How many words have numbers: a word's number is final while this stays the same. */
export function anchorWordCount(): number {
  return ids.size;
}
