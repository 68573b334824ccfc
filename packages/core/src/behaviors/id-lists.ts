/**
 * Int lists looked up by a vocabulary id, for the few ids of one large alternation (see dispatchedAltStep):
 * an open-addressing hash table over typed arrays, sized by the ids present rather than by the vocabulary,
 * since hundreds of alternations each hold a handful of ids spread over thousands.
 */

export interface IdLists {
  /** Per slot: the id, or EMPTY; its list is `data[starts[slot]]` up to `data[ends[slot]]`. */
  ids: Int32Array;
  starts: Int32Array;
  ends: Int32Array;
  data: Int32Array;
  /** Right shift that maps a mixed id to a slot (32 minus the table's bits). */
  shift: number;
  mask: number;
}

const EMPTY = -1;
const GOLDEN = 0x9e3779b1;

/** The lists by id in a table; each list keeps its order. */
export function idLists(lists: ReadonlyMap<number, readonly number[]>): IdLists {
  const present = [...lists.keys()];
  let bits = 1;
  while (1 << bits < present.length * 2) bits++;
  const size = 1 << bits;
  const ids = new Int32Array(size).fill(EMPTY);
  const starts = new Int32Array(size);
  const ends = new Int32Array(size);
  const data: number[] = [];
  const table: IdLists = { ids, starts, ends, data: new Int32Array(0), shift: 32 - bits, mask: size - 1 };
  for (const id of present) {
    let slot = slotOf(table, id);
    while (ids[slot] !== EMPTY) slot = (slot + 1) & table.mask;
    ids[slot] = id;
    starts[slot] = data.length;
    data.push(...lists.get(id)!);
    ends[slot] = data.length;
  }
  table.data = Int32Array.from(data);
  return table;
}

function slotOf(table: IdLists, id: number): number {
  return Math.imul(id, GOLDEN) >>> table.shift;
}

/** The slot holding list `id`, or -1 when it has none. */
export function findId(table: IdLists, id: number): number {
  const { ids, mask } = table;
  for (let slot = slotOf(table, id); ; slot = (slot + 1) & mask) {
    const found = ids[slot]!;
    if (found === id) return slot;
    if (found === EMPTY) return -1;
  }
}
