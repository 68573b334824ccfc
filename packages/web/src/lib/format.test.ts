import { describe, expect, it } from 'vitest';
import { formatClock, formatDateTime, formatPercent, formatRange, formatScore, formatSentiment, humanize, plural, roleLabel } from './format';

describe('formatting', () => {
  it('shows call time as m:ss, and h:mm:ss past an hour', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(61_499)).toBe('1:01');
    expect(formatClock(3_725_000)).toBe('1:02:05');
    expect(formatClock(-5)).toBe('0:00');
  });

  it('shows page ranges with thousands separators, with or without a total', () => {
    expect(formatRange(0, 50, 2653)).toBe('1–50 of 2,653');
    expect(formatRange(2650, 3, 2653)).toBe('2,651–2,653 of 2,653');
    expect(formatRange(50, 50)).toBe('51–100');
    expect(formatRange(0, 0, 0)).toBe('0 of 0');
  });

  it('signs sentiment and never shows a negative zero', () => {
    expect(formatSentiment(0.4249)).toBe('+0.42');
    expect(formatSentiment(-0.18)).toBe('−0.18');
    expect(formatSentiment(-0.001)).toBe('0.00');
    expect(formatSentiment(null)).toBe('—');
  });

  it('formats scores, shares, ids and UTC times', () => {
    expect(formatScore(87.5)).toBe('88');
    expect(formatScore(null)).toBe('—');
    expect(formatPercent(0.333)).toBe('33%');
    expect(humanize('spike_and_drop')).toBe('Spike and drop');
    expect(formatDateTime('2026-11-23T17:50:24.000Z')).toBe('Nov 23, 17:50');
  });
});

describe('plural', () => {
  it('says one call, and counts the rest with separators', () => {
    expect(plural(1, 'call')).toBe('1 call');
    expect(plural(2653, 'call')).toBe('2,653 calls');
    expect(plural(0, 'customer drop')).toBe('0 customer drops');
  });
});

describe('roleLabel', () => {
  it('names every role as people say it', () => {
    expect(['admin', 'qa_manager', 'supervisor', 'agent'].map((r) => roleLabel(r as 'admin'))).toEqual(['Admin', 'QA manager', 'Supervisor', 'Agent']);
  });
});
