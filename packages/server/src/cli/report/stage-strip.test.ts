import type { StageSpan } from '@undertone/core';
import { describe, expect, it } from 'vitest';
import { renderStageLegend, renderStageStrip, renderStageStripLine, stageLetters } from './stage-strip.js';

const span = (stage: string, startMs: number, endMs: number, fromIndex: number, toIndex: number): StageSpan => ({
  stage, startMs, endMs, fromIndex, toIndex,
});

// A 100 s call: opening 0-10, discovery 10-50, pricing 50-70, objection 70-80, closing 80-100.
const SPANS = [
  span('opening', 0, 9_000, 0, 1),
  span('discovery', 10_000, 48_000, 2, 6),
  span('pricing', 50_000, 69_000, 7, 8),
  span('objection', 70_000, 79_000, 9, 9),
  span('closing', 80_000, 98_000, 10, 12),
];

describe('renderStageStrip', () => {
  it('draws one letter per column, proportional to time, then a legend', () => {
    expect(renderStageStrip(SPANS, 100_000, 10)).toBe(
      'ODDDDPPJCC\nO=opening  D=discovery  P=pricing  J=objection  C=closing',
    );
  });

  it('is exactly `width` characters at any width', () => {
    for (const width of [1, 7, 24, 40, 133]) expect(renderStageStripLine(SPANS, 100_000, width)).toHaveLength(width);
    expect(renderStageStripLine(SPANS, 100_000, 20)).toBe('OODDDDDDDDPPPPJJCCCC');
  });

  it('keeps a short hold visible even when it fills less than a column', () => {
    const spans = [span('discovery', 0, 40_000, 0, 3), span('hold', 41_000, 43_000, 4, 4), span('discovery', 44_000, 100_000, 5, 9)];
    expect(renderStageStripLine(spans, 100_000, 10)).toBe('DDDDHDDDDD');
  });

  it('lets silence between spans belong to the stage before it', () => {
    const spans = [span('hold', 0, 1_000, 0, 0), span('resolution', 60_000, 100_000, 1, 2)];
    expect(renderStageStripLine(spans, 100_000, 10)).toBe('HHHHHHRRRR');
  });

  it('gives retention and collections stages their letters and custom stages a free one', () => {
    const spans = [span('offer', 0, 10_000, 0, 0), span('payment_arrangement', 10_000, 20_000, 1, 1), span('disclosure', 20_000, 30_000, 2, 2), span('discovery', 30_000, 40_000, 3, 3)];
    expect([...stageLetters(spans)]).toEqual([
      ['offer', 'F'], ['payment_arrangement', 'A'], ['disclosure', 'I'], ['discovery', 'D'],
    ]);
    expect(renderStageLegend(spans)).toBe('F=offer  A=payment_arrangement  I=disclosure  D=discovery');
  });

  it('draws a blank strip when there is nothing to draw, and rejects a bad width', () => {
    expect(renderStageStrip([], 100_000, 5)).toBe('     \nno stages');
    expect(renderStageStripLine(SPANS, 0, 3)).toBe('   ');
    expect(() => renderStageStripLine(SPANS, 100_000, 0)).toThrow(/positive whole number/);
  });
});
