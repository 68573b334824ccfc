import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('call cursors', () => {
  it('round-trips the sort and the last row position', () => {
    const byDate = { sort: '-startedAt' as const, key: '2026-11-01T09:00:00.123Z', id: 'call/with:odd chars' };
    expect(decodeCursor(encodeCursor(byDate), '-startedAt')).toEqual(byDate);
    const byScore = { sort: 'score' as const, key: 72.5, id: 'c-1' };
    expect(decodeCursor(encodeCursor(byScore), 'score')).toEqual(byScore);
    const missingScore = { sort: '-score' as const, key: null, id: 'c-2' };
    expect(decodeCursor(encodeCursor(missingScore), '-score')).toEqual(missingScore);
  });

  it('still reads the [startedAt, id] cursors issued before sorting existed', () => {
    const old = Buffer.from(JSON.stringify(['2026-11-01T09:00:00.000Z', 'c-9'])).toString('base64url');
    expect(decodeCursor(old, '-startedAt')).toEqual({ sort: '-startedAt', key: '2026-11-01T09:00:00.000Z', id: 'c-9' });
  });

  it('rejects a cursor from another sort, naming both', () => {
    const cursor = encodeCursor({ sort: 'score', key: 10, id: 'c-1' });
    expect(() => decodeCursor(cursor, '-duration')).toThrow(/issued for sort "score", not "-duration"/);
  });

  it('rejects text it did not issue, saying what to do', () => {
    const bad = ['', 'abc', Buffer.from('["not a date","x"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('["score","high","x"]').toString('base64url')];
    for (const text of bad) expect(() => decodeCursor(text, '-startedAt')).toThrow(/nextCursor/);
  });
});
