import { describe, expect, it } from 'vitest';
import { clockToMs, epochMsToIso, secondsToMs } from './timestamps.js';

describe('timestamps', () => {
  it.each([
    ['00:00:01.000', 1000],
    ['01:02:03.456', 3723456],
    ['00:00:01,5', 1500],
    ['02:03', 123000],
    ['1:02:03', 3723000],
    ['12:34.56', 754560],
  ])('reads the clock %s', (stamp, ms) => expect(clockToMs(stamp)).toBe(ms));

  it.each(['', '1', '00:61', 'aa:bb', '00:00:01.0000', '1:2:3:4', '00:00.', '-1:00'])('rejects the clock %j', (stamp) => {
    expect(clockToMs(stamp)).toBeNull();
  });

  it('reads seconds from numbers and decimal strings only', () => {
    expect(secondsToMs('12.345')).toBe(12345);
    expect(secondsToMs(0.0004)).toBe(0);
    expect(secondsToMs('-1.5')).toBe(-1500);
    expect(secondsToMs('1e3')).toBeNull();
    expect(secondsToMs('abc')).toBeNull();
    expect(secondsToMs(null)).toBeNull();
  });

  it('formats epoch milliseconds, refusing out-of-range values', () => {
    expect(epochMsToIso(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(epochMsToIso(9e15)).toBeNull();
  });
});
