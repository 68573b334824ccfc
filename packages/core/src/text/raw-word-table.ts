/**
 * A hash table from a word, given as a range of characters of some text, to a value: looking a word up
 * needs neither slicing it out of the text nor hashing it a second time (the caller hashes while it scans
 * the word with `hashStep`). Open addressing with linear probing; cleared when it reaches `maxSize`.
 */

export const HASH_SEED = 0x811c9dc5 | 0;

/** FNV-1a over UTF-16 code units. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

const INITIAL_CAPACITY = 1024;

export class RawWordTable<V> {
  private keys: Array<string | undefined> = [];
  private hashes = new Int32Array(0);
  private values: Array<V | undefined> = [];
  private mask = 0;
  private size = 0;

  constructor(private readonly maxSize: number) {
    this.reset(INITIAL_CAPACITY);
  }

  get(text: string, start: number, end: number, hash: number): V | undefined {
    const { keys, hashes, mask } = this;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = keys[slot];
      if (key === undefined) return undefined;
      if (hashes[slot] === hash && key.length === length && sameChars(key, text, start)) return this.values[slot];
    }
  }

  /** Adds a word that `get` did not find. */
  add(word: string, hash: number, value: V): void {
    if (this.size >= this.maxSize) this.reset(INITIAL_CAPACITY);
    else if ((this.size + 1) * 2 > this.keys.length) this.grow();
    this.insert(word, hash, value);
  }

  private insert(word: string, hash: number, value: V): void {
    let slot = hash & this.mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask;
    this.keys[slot] = word;
    this.hashes[slot] = hash;
    this.values[slot] = value;
    this.size++;
  }

  private reset(capacity: number): void {
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
    this.hashes = new Int32Array(capacity);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.size = 0;
  }

  private grow(): void {
    const { keys, hashes, values } = this;
    this.reset(keys.length * 2);
    for (let slot = 0; slot < keys.length; slot++) if (keys[slot] !== undefined) this.insert(keys[slot]!, hashes[slot]!, values[slot]!);
  }
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let k = 0; k < key.length; k++) if (key.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
