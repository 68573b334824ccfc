/** Longest speaker name accepted before the colon ("Customer Service Representative" fits). */
const MAX_NAME_LENGTH = 40;
const MAX_NAME_WORDS = 5;

function startsWithLetter(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
}

function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * Splits `Name: text` into the speaker and what they said. The name must start with a letter,
 * be short, and hold at most five words, so a sentence with a colon in it is not taken for a speaker.
 */
export function splitSpeaker(line: string): { name: string; text: string } | null {
  const colon = line.indexOf(':');
  if (colon <= 0 || colon > MAX_NAME_LENGTH + 4) return null;
  const name = line.slice(0, colon).trim();
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || !startsWithLetter(name)) return null;
  if (wordCount(name) > MAX_NAME_WORDS) return null;
  return { name, text: line.slice(colon + 1).trim() };
}
