import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './cursor.js';

describe('call cursors', () => {
  it('round-trips the last row position', () => {
    const cursor = { startedAt: new Date('2026-11-01T09:00:00.123Z'), id: 'call/with:odd chars' };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
  });

  it('rejects text it did not issue, saying what to do', () => {
    for (const bad of ['', 'abc', Buffer.from('["not a date","x"]').toString('base64url'), Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad)).toThrow(/nextCursor/);
    }
  });
});
