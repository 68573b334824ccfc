import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoMs, parseIsoMs, utcMonthIndex } from './iso-time.js';

describe('iso time', () => {
  it('agrees with the platform on parsing and formatting (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2_000_000_000_000, max: 4_000_000_000_000 }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(formatIsoMs(ms)).toBe(iso);
        expect(parseIsoMs(iso)).toBe(ms);
        expect(utcMonthIndex(ms)).toBe(new Date(ms).getUTCMonth());
      }),
    );
  });

  it('applies offsets and optional seconds', () => {
    expect(parseIsoMs('2026-11-24T10:00:00+02:00')).toBe(Date.parse('2026-11-24T08:00:00Z'));
    expect(parseIsoMs('2026-11-24T10:00-05:00')).toBe(Date.parse('2026-11-24T15:00:00Z'));
  });

  it('says what format it expected', () => {
    expect(() => parseIsoMs('yesterday')).toThrow(/ISO-8601/);
  });
});
