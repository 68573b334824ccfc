import type { CallSort } from './call-sort.js';

/** Opaque page cursors: the sort they belong to and the (sort key, id) of the last row shown, base64url-encoded. */
export interface CallCursor {
  sort: CallSort;
  /** The last row's sort key: an ISO date-time for startedAt, a number (or null when the row had none) otherwise. */
  key: string | number | null;
  id: string;
}

export class InvalidCursorError extends Error {
  readonly code = 'INVALID_INPUT';
}

export function encodeCursor(cursor: CallCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.key, cursor.id])).toString('base64url');
}

/** Decodes a cursor issued for `sort`; one from another sort (or not from this server) is an INVALID_INPUT error. */
export function decodeCursor(text: string, sort: CallSort): CallCursor {
  const parsed = parse(text);
  // Cursors issued before sorting existed were [startedAt, id] for the default newest-first order.
  const cursor = parsed?.length === 2 ? { sort: '-startedAt' as const, key: parsed[0], id: parsed[1] } : parsed?.length === 3 ? { sort: parsed[0], key: parsed[1], id: parsed[2] } : undefined;
  if (cursor && typeof cursor.id === 'string' && typeof cursor.sort === 'string' && validKey(cursor.sort, cursor.key)) {
    if (cursor.sort !== sort) {
      throw new InvalidCursorError(`cursor was issued for sort "${cursor.sort}", not "${sort}": pass the same sort as the page it came from, or omit cursor to start over`);
    }
    return cursor as CallCursor;
  }
  throw new InvalidCursorError(`cursor "${text}" is not one this server issued: pass the nextCursor from the previous page, or omit it to start over`);
}

function parse(text: string): unknown[] | undefined {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function validKey(sort: string, key: unknown): boolean {
  if (sort.endsWith('startedAt')) return typeof key === 'string' && !Number.isNaN(new Date(key).getTime());
  return key === null || (typeof key === 'number' && Number.isFinite(key));
}
