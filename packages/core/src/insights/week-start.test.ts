import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weekStartOf, weekStartsEndingAt } from './week-start.js';

describe('weekStartOf', () => {
  it.each([
    ['2026-11-23T00:00:00Z', '2026-11-23'], // a Monday
    ['2026-11-29T23:59:59Z', '2026-11-23'], // the Sunday after
    ['2026-11-30T00:00:00Z', '2026-11-30'],
    ['2027-01-01T12:00:00Z', '2026-12-28'], // across a year boundary
  ])('%s is in the week of %s', (at, monday) => {
    expect(weekStartOf(new Date(at))).toBe(monday);
  });

  it('is always a Monday at most six days earlier', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), (d) => {
        const monday = new Date(`${weekStartOf(d)}T00:00:00Z`);
        expect(monday.getUTCDay()).toBe(1);
        const diff = d.getTime() - monday.getTime();
        expect(diff).toBeGreaterThanOrEqual(0);
        expect(diff).toBeLessThan(7 * 86_400_000);
      }),
    );
  });
});

describe('weekStartsEndingAt', () => {
  it('lists consecutive Mondays, oldest first, ending in the week of the latest call', () => {
    expect(weekStartsEndingAt(new Date('2026-11-25T15:00:00Z'), 3)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
  });
});
