/**
 * Weight ranges by integer key in one open-addressing table (linear probing): each cell is three ints,
 * key, start, end, side by side, so a lookup that hits reads one cache line. Detection looks up a few
 * keys per token; this is several times faster than a Map.
 */
export interface FeatureTable {
  /** [key, start, end] per cell; key -1 marks an empty cell. */
  cells: Int32Array;
  mask: number;
}

const EMPTY = -1;

function cellOf(key: number, mask: number): number {
  return (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
}

export function featureTable(entries: ReadonlyArray<readonly [key: number, start: number, end: number]>): FeatureTable {
  let capacity = 16;
  while (capacity < entries.length * 2) capacity *= 2;
  const cells = new Int32Array(capacity * 3).fill(EMPTY);
  const mask = capacity - 1;
  for (const [key, start, end] of entries) {
    let at = cellOf(key, mask);
    while (cells[at * 3] !== EMPTY && cells[at * 3] !== key) at = (at + 1) & mask;
    cells[at * 3] = key;
    cells[at * 3 + 1] = start;
    cells[at * 3 + 2] = end;
  }
  return { cells, mask };
}

/** Offset of the key's cell in `cells` (its start and end follow), or -1. Keys are non-negative ints below 2^31. */
export function cellFor(table: FeatureTable, key: number): number {
  const { cells, mask } = table;
  let at = cellOf(key, mask);
  for (;;) {
    const found = cells[at * 3]!;
    if (found === key) return at * 3;
    if (found === EMPTY) return -1;
    at = (at + 1) & mask;
  }
}
