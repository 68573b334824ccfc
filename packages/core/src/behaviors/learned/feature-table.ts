/**
 * Feature rows by integer key in one open-addressing table (linear probing over an Int32Array):
 * detection looks up a few keys per token, and this is several times faster than a Map.
 */
export interface FeatureTable {
  keys: Int32Array;
  rows: Int32Array;
  mask: number;
}

const EMPTY = -1;

function slotOf(key: number, mask: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 0 & mask;
}

export function featureTable(entries: ReadonlyArray<readonly [key: number, row: number]>): FeatureTable {
  let capacity = 16;
  while (capacity < entries.length * 2) capacity *= 2;
  const keys = new Int32Array(capacity).fill(EMPTY);
  const rows = new Int32Array(capacity);
  const mask = capacity - 1;
  for (const [key, row] of entries) {
    let at = slotOf(key, mask);
    while (keys[at] !== EMPTY && keys[at] !== key) at = (at + 1) & mask;
    keys[at] = key;
    rows[at] = row;
  }
  return { keys, rows, mask };
}

/** The row of a key (a non-negative int below 2^31), or -1. */
export function rowFor(table: FeatureTable, key: number): number {
  const { keys, mask } = table;
  let at = slotOf(key, mask);
  for (;;) {
    const found = keys[at]!;
    if (found === key) return table.rows[at]!;
    if (found === EMPTY) return -1;
    at = (at + 1) & mask;
  }
}
