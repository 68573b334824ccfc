/**
 * Int lists looked up by a small id, stored flat so a lookup reads two typed arrays instead of following
 * pointers: list `id` is `data[offsets[id]]` up to `data[offsets[id + 1]]`; ids past the table have none.
 */
export interface FlatLists {
  offsets: Int32Array;
  data: Int32Array;
}

export const NO_LISTS: FlatLists = { offsets: new Int32Array(1), data: new Int32Array(0) };

/** `lists[id]` (holes for none) flattened; each list keeps its order. */
export function flattenLists(lists: ReadonlyArray<readonly number[] | undefined>): FlatLists {
  const offsets = new Int32Array(lists.length + 1);
  let size = 0;
  for (let id = 0; id < lists.length; id++) {
    offsets[id] = size;
    size += lists[id]?.length ?? 0;
  }
  offsets[lists.length] = size;
  const data = new Int32Array(size);
  for (let id = 0; id < lists.length; id++) data.set(lists[id] ?? [], offsets[id]!);
  return { offsets, data };
}

/** Where list `id` starts in `data` (equal to listEnd when it is empty or past the table). */
export function listStart(lists: FlatLists, id: number): number {
  return id + 1 < lists.offsets.length ? lists.offsets[id]! : 0;
}
export function listEnd(lists: FlatLists, id: number): number {
  return id + 1 < lists.offsets.length ? lists.offsets[id + 1]! : 0;
}
