/**
 * A hash table from a pair of small non-negative integers (two word ids) to a value, with no key object or string
 * built per lookup. Open addressing with linear probing; cleared when it reaches `maxSize`.
 */
const INITIAL_CAPACITY = 1024;
const EMPTY = -1;

export class PairTable<V> {
  private firsts = new Int32Array(0);
  private seconds = new Int32Array(0);
  private values: Array<V | undefined> = [];
  private mask = 0;
  private size = 0;

  constructor(private readonly maxSize: number) {
    this.reset(INITIAL_CAPACITY);
  }

  get(first: number, second: number): V | undefined {
    const { firsts, seconds, mask } = this;
    for (let slot = slotOf(first, second) & mask; ; slot = (slot + 1) & mask) {
      const key = firsts[slot]!;
      if (key === EMPTY) return undefined;
      if (key === first && seconds[slot] === second) return this.values[slot];
    }
  }

  /** Adds a pair that `get` did not find. */
  add(first: number, second: number, value: V): void {
    if (this.size >= this.maxSize) this.reset(INITIAL_CAPACITY);
    else if ((this.size + 1) * 2 > this.firsts.length) this.grow();
    this.insert(first, second, value);
  }

  clear(): void {
    this.reset(INITIAL_CAPACITY);
  }

  private insert(first: number, second: number, value: V): void {
    let slot = slotOf(first, second) & this.mask;
    while (this.firsts[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.values[slot] = value;
    this.size++;
  }

  private reset(capacity: number): void {
    this.firsts = new Int32Array(capacity).fill(EMPTY);
    this.seconds = new Int32Array(capacity);
    this.values = new Array<V | undefined>(capacity).fill(undefined);
    this.mask = capacity - 1;
    this.size = 0;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.reset(firsts.length * 2);
    for (let slot = 0; slot < firsts.length; slot++) if (firsts[slot] !== EMPTY) this.insert(firsts[slot]!, seconds[slot]!, values[slot]!);
  }
}

function slotOf(first: number, second: number): number {
  const h = Math.imul(first ^ Math.imul(second, 0x85ebca6b), 0x9e3779b1);
  return h ^ (h >>> 16);
}
