import type { Inflection } from '@undertone/core';
import { describe, expect, it } from 'vitest';
import { renderInflectionDetail, renderPrecedingList, renderStageLines } from './structure-section.js';

const DROP: Inflection = {
  atMs: 170_000,
  speaker: 'customer',
  direction: 'drop',
  magnitude: 0.42,
  utteranceIndex: 12,
  stage: 'objection',
  preceding: [
    { behavior: 'empathy', utteranceIndex: 11, atMs: 161_000, quote: 'i totally understand how frustrating' },
    { behavior: 'policy_before_acknowledgment', utteranceIndex: 11, atMs: 163_400, quote: 'Our policy says refunds take ten business days and there is nothing more I can do about that today' },
  ],
};

describe('renderPrecedingList', () => {
  it('prints one line per preceding behavior with its time and quote', () => {
    expect(renderPrecedingList(DROP)).toEqual([
      '    preceded by: empathy @02:41 "i totally understand how frustrating"',
      '    preceded by: policy_before_acknowledgment @02:43 "Our policy says refunds take ten business days and there is…"',
    ]);
  });

  it('says so when nothing was detected, and prints nothing when the inflection was not attributed', () => {
    expect(renderPrecedingList({ ...DROP, preceding: [] })).toEqual(['    preceded by: no agent behavior detected']);
    const { preceding: _unused, ...unattributed } = DROP;
    expect(renderPrecedingList(unattributed)).toEqual([]);
  });
});

describe('renderStageLines', () => {
  it('aligns the strip with the sparkline column and lists the behavior set', () => {
    const spans = [
      { stage: 'discovery', startMs: 0, endMs: 150_000, fromIndex: 0, toIndex: 10 },
      { stage: 'objection', startMs: 160_000, endMs: 200_000, fromIndex: 11, toIndex: 14 },
    ];
    expect(renderStageLines(spans, 200_000, 20, ['empathy', 'policy_before_acknowledgment'])).toEqual([
      '  stages   DDDDDDDDDDDDDDDDJJJJ',
      '           D=discovery  J=objection',
      '  behaviors  empathy, policy_before_acknowledgment',
    ]);
  });
});

describe('renderInflectionDetail', () => {
  it('names the stage, then what preceded the shift', () => {
    expect(renderInflectionDetail(DROP)).toEqual([
      '      stage: objection',
      '      preceded by: empathy @02:41 "i totally understand how frustrating"',
      '      preceded by: policy_before_acknowledgment @02:43 "Our policy says refunds take ten business days and there is…"',
    ]);
    expect(renderInflectionDetail({ ...DROP, stage: 'payment_arrangement', preceding: [] })).toEqual([
      '      stage: payment arrangement',
      '      preceded by: no agent behavior detected',
    ]);
  });
});
