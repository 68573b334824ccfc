import { describe, expect, it } from 'vitest';
import { findQuote, highlightSegments } from './highlight-segments';

describe('highlighting quotes in an utterance', () => {
  it('finds quotes regardless of case and surrounding spaces', () => {
    expect(findQuote('Oh, I am sorry about that', ' i AM sorry ')).toEqual({ start: 4, end: 14 });
    expect(findQuote('Hello', 'goodbye')).toBeNull();
    expect(findQuote('Hello', '  ')).toBeNull();
  });

  it('cuts the text into plain and marked pieces that join back to the original', () => {
    const text = 'Oh, I am sorry, what a mess. What is bugging you?';
    const segments = highlightSegments(text, [
      { quote: 'I am sorry', label: 'Apology' },
      { quote: 'what a mess', label: 'Empathy' },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.labels.length > 0).map((s) => [s.text, s.labels])).toEqual([
      ['I am sorry', ['Apology']],
      ['what a mess', ['Empathy']],
    ]);
  });

  it('shows overlapping marks with every label over the shared piece, and the active one as active', () => {
    const segments = highlightSegments('I understand, however the policy says no', [
      { quote: 'I understand, however', label: 'Understand however' },
      { quote: 'however the policy', label: 'Policy first', active: true },
    ]);
    expect(segments.map((s) => [s.text, s.labels, s.active])).toEqual([
      ['I understand, ', ['Understand however'], false],
      ['however', ['Understand however', 'Policy first'], true],
      [' the policy', ['Policy first'], true],
      [' says no', [], false],
    ]);
  });

  it('ignores quotes that are not in the text and keeps plain text whole', () => {
    expect(highlightSegments('Got it.', [{ quote: 'thanks', label: 'x' }])).toEqual([{ text: 'Got it.', labels: [], active: false }]);
    expect(highlightSegments('', [])).toEqual([]);
  });
});
