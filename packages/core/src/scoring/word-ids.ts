/**
 * Process-wide ids for normalized words, so every call, rubric phrase and keyword alert names a word by the same small
 * number and per-word answers (near matches against a rubric's phrases) can be remembered across calls.
 * Bounded: past MAX_WORDS distinct words every id is forgotten and the generation advances; whoever keeps ids checks
 * the generation and rebuilds what it kept.
 */
const MAX_WORDS = 100_000;

let texts: string[] = [];
let ids = new Map<string, number>();
let generation = 0;

export function wordId(text: string): number {
  let id = ids.get(text);
  if (id === undefined) {
    if (texts.length >= MAX_WORDS) forgetAllWords();
    id = texts.length;
    texts.push(text);
    ids.set(text, id);
  }
  return id;
}

export function wordText(id: number): string {
  return texts[id]!;
}

/** Changes whenever earlier ids stop being valid. */
export function wordIdGeneration(): number {
  return generation;
}

function forgetAllWords(): void {
  texts = [];
  ids = new Map();
  generation++;
}
