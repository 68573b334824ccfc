/**
 * A cheap lower bound on the edit distance of two words, from the classes of characters each contains. A character
 * class present in one word and absent from the other needs an edit of its own on that side, and one edit adds at
 * most one class to a word and removes at most one, so the distance is at least the larger one-sided count.
 * Classes may merge characters (bit = code mod 32): merging only loosens the bound, never breaks it.
 */
export function letterClasses(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

export function editDistanceLowerBound(classesA: number, classesB: number): number {
  const onlyA = bitCount(classesA & ~classesB);
  const onlyB = bitCount(classesB & ~classesA);
  return onlyA > onlyB ? onlyA : onlyB;
}

function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
