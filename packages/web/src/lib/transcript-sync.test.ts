import { describe, expect, it } from 'vitest';
import { centeredScrollTop, nearestWithin, utteranceAt } from './transcript-sync';

const utterances = [
  { startMs: 0, endMs: 4000 },
  { startMs: 3500, endMs: 8000 },
  { startMs: 10_000, endMs: 12_000 },
];

describe('chart and transcript in step', () => {
  it('maps a moment to the utterance spoken then, the latest to start when speakers overlap', () => {
    expect(utteranceAt(utterances, 1000)).toBe(0);
    expect(utteranceAt(utterances, 3800)).toBe(1);
    // In the silence after an utterance, the one that was last said.
    expect(utteranceAt(utterances, 9000)).toBe(1);
    expect(utteranceAt(utterances, 99_000)).toBe(2);
    expect(utteranceAt([], 5)).toBe(-1);
  });

  it('picks the nearest marker within the click tolerance, and none beyond it', () => {
    const markers = [{ x: 100 }, { x: 130 }];
    expect(nearestWithin(markers, (m) => m.x, 118, 12)).toEqual({ x: 130 });
    expect(nearestWithin(markers, (m) => m.x, 104, 12)).toEqual({ x: 100 });
    expect(nearestWithin(markers, (m) => m.x, 160, 12)).toBeNull();
  });

  it('centers a row in its scroller without scrolling past either end', () => {
    expect(centeredScrollTop({ offsetTop: 1000, height: 40 }, { height: 400, scrollHeight: 5000 })).toBe(820);
    expect(centeredScrollTop({ offsetTop: 50, height: 40 }, { height: 400, scrollHeight: 5000 })).toBe(0);
    expect(centeredScrollTop({ offsetTop: 4980, height: 40 }, { height: 400, scrollHeight: 5000 })).toBe(4600);
  });
});
