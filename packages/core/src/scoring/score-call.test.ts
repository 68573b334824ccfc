import { describe, expect, it } from 'vitest';
import { parseRubric } from './parse-rubric.js';
import type { Rubric } from './rubric-schema.js';
import { scoreCall } from './score-call.js';
import { buildAnalysis } from './testing/analysis-builder.js';

function rubricWith(criteria: unknown[], extra: Record<string, unknown> = {}): Rubric {
  return parseRubric({ id: 't', version: 1, name: 'Test', callTypes: ['support'], sections: [{ id: 's', name: 'S', weight: 1, criteria }], ...extra });
}
const only = (rubric: Rubric, analysis = buildAnalysis()) => {
  const card = scoreCall(analysis, rubric);
  return { card, result: card.criteria[0]! };
};

describe('behavior criteria', () => {
  const present = { id: 'greet', label: 'Greets', weight: 1, kind: 'behavior_present', behavior: 'greeting', stage: 'opening' };
  it('passes with the detection quote as evidence', () => {
    const { result } = only(rubricWith([present]), buildAnalysis({ behaviors: [['greeting', 0]], stages: [['opening', 0, 1]] }));
    expect(result.passed).toBe(true);
    expect(result.score).toBe(100);
    expect(result.evidence[0]).toMatchObject({ quote: expect.stringContaining('Hello'), atMs: 0, utteranceIndex: 0 });
  });
  it('fails outside the stage and notes where it was expected', () => {
    const { result } = only(rubricWith([present]), buildAnalysis({ behaviors: [['greeting', 4]], stages: [['opening', 0, 1]] }));
    expect(result.passed).toBe(false);
    expect(result.evidence[0]?.note).toMatch(/expected in the opening stage \(00:00-00:09\)/);
  });
  it('is N/A when behavior detection did not run', () => {
    const analysis = buildAnalysis();
    delete analysis.behaviors;
    expect(only(rubricWith([present]), analysis).result.na).toBe(true);
  });
  it('behavior_absent passes with none and fails with quotes', () => {
    const absent = { id: 'nb', label: 'No blame', weight: 1, kind: 'behavior_absent', behavior: 'blame_shift' };
    expect(only(rubricWith([absent])).result.passed).toBe(true);
    const { result } = only(rubricWith([absent]), buildAnalysis({ behaviors: [['blame_shift', 2]] }));
    expect(result.passed).toBe(false);
    expect(result.evidence[0]?.quote).toMatch(/sorry/);
  });
});

describe('sentiment criteria', () => {
  const exit = { id: 'exit', label: 'Exit', weight: 1, kind: 'sentiment', check: 'customer.exit >= 0.2' };
  it('passes and fails on the arc value with the closing customer utterances as evidence', () => {
    const good = only(rubricWith([exit]), buildAnalysis({ customerArc: { exit: 0.5 }, scores: { 5: 0.5 } })).result;
    expect(good.passed).toBe(true);
    expect(good.reason).toBe('customer.exit is 0.5; required customer.exit >= 0.2');
    expect(good.evidence.map((e) => e.utteranceIndex)).toEqual([3, 5]);
    expect(good.evidence[1]?.note).toBe('customer sentiment 0.5');
    expect(only(rubricWith([exit]), buildAnalysis({ customerArc: { exit: -0.1 } })).result.passed).toBe(false);
  });
  it('supports booleans and lists', () => {
    const rec = { id: 'rec', label: 'Recovery', weight: 1, kind: 'sentiment', check: 'customer.recovery.achieved' };
    const trend = { id: 'trend', label: 'Trend', weight: 1, kind: 'sentiment', check: 'customer.trend in [improving, slightly_improving]' };
    const analysis = buildAnalysis({ customerArc: { trend: 'improving', recovery: { achieved: true, troughScore: -0.6, troughAtMs: 5000, margin: 0.7 } } });
    const card = scoreCall(analysis, rubricWith([rec, trend]));
    expect(card.criteria.map((c) => c.passed)).toEqual([true, true]);
    expect(card.criteria[0]!.evidence.map((e) => e.utteranceIndex)).toContain(1);
  });
  it('is N/A without a value or without sentiment analysis', () => {
    expect(only(rubricWith([exit]), buildAnalysis({ customerArc: { exit: null } })).result.na).toBe(true);
    expect(only(rubricWith([exit]), buildAnalysis({ withoutSentiment: true })).result.na).toBe(true);
  });
});

describe('characteristic criteria', () => {
  it('checks dead air with the utterance before the gap as evidence', () => {
    const c = { id: 'air', label: 'Dead air', weight: 1, kind: 'characteristic', metric: 'max_dead_air_ms', max: 10000 };
    const analysis = buildAnalysis({
      characteristics: { nonTalk: { totalMs: 15000, share: 0.3, instances: [{ startMs: 14000, endMs: 29000, durationMs: 15000, afterIndex: 2 }] } },
    });
    const { result } = only(rubricWith([c]), analysis);
    expect(result.passed).toBe(false);
    expect(result.evidence[0]).toMatchObject({ utteranceIndex: 2, note: '15 s of silence at 00:14' });
    expect(only(rubricWith([c])).result.passed).toBe(true);
  });
  it('checks talk share bounds', () => {
    const c = { id: 'talk', label: 'Talk', weight: 1, kind: 'characteristic', metric: 'agent_talk_share', min: 0.2, max: 0.45 };
    expect(only(rubricWith([c])).result).toMatchObject({ passed: false, reason: 'agent_talk_share is 0.5; required >= 0.2 and <= 0.45' });
  });
});

describe('script criteria', () => {
  const script = {
    id: 'rec', label: 'Disclosure', weight: 1, kind: 'script', compliance: true, autoFail: true,
    text: 'this call may be recorded for quality and training purposes', withinFirstMs: 30000,
  };
  const withOpening = (text: string, startMs = 0) => buildAnalysis({ utterances: [['agent', text, startMs, startMs + 4000], ['customer', 'ok', startMs + 5000, startMs + 6000]] });

  it('passes despite ASR noise, citing the utterance and its similarity', () => {
    const { result, card } = only(rubricWith([script]), withOpening('hi there this call maybe recorded for quality an training purposes'));
    expect(result.passed).toBe(true);
    expect(result.evidence[0]).toMatchObject({ utteranceIndex: 0, atMs: 0 });
    expect(result.evidence[0]?.note).toMatch(/^similarity 0\.\d+ to "this call may be/);
    expect(card.autoFailed).toBe(false);
  });
  it('fails a different sentence, and the auto-fail zeroes the evaluation', () => {
    const other = { id: 'greet', label: 'G', weight: 3, kind: 'behavior_absent', behavior: 'jargon' };
    const { result, card } = only(rubricWith([script, other]), withOpening('thanks for calling how can I help you today'));
    expect(result).toMatchObject({ passed: false, autoFail: true, compliance: true });
    expect(card.criteria[1]!.passed).toBe(true);
    expect(card.autoFailed).toBe(true);
    expect(card.overall).toBe(0);
  });
  it('matches across utterances split by ASR', () => {
    const analysis = buildAnalysis({ utterances: [['agent', 'this call may be recorded', 0, 2000], ['agent', 'for quality and training purposes', 2000, 4000]] });
    const { result } = only(rubricWith([script]), analysis);
    expect(result.passed).toBe(true);
    expect(result.evidence.map((e) => e.utteranceIndex)).toEqual([0, 1]);
  });
  it('fails when said too late', () => {
    expect(only(rubricWith([script]), withOpening('this call may be recorded for quality and training purposes', 45000)).result.passed).toBe(false);
  });
});

describe('intent criteria', () => {
  const intent = { id: 'check', label: 'Check', weight: 1, kind: 'intent', phrases: ['is there anything else I can help you with'] };
  it('passes on a paraphrase and fails when absent', () => {
    const para = buildAnalysis({ utterances: [['agent', "Anything else I could help with today?"], ['customer', 'no']] });
    expect(only(rubricWith([intent]), para).result.passed).toBe(true);
    const none = buildAnalysis({ utterances: [['agent', 'Your refund is on its way.'], ['customer', 'ok']] });
    const { result } = only(rubricWith([intent]), none);
    expect(result.passed).toBe(false);
    expect(result.reason).toMatch(/^intent not expressed: closest similarity/);
  });
});

describe('N/A handling and weights', () => {
  const pricing = {
    id: 'price', label: 'Pricing disclosure', weight: 3, kind: 'script', text: 'prices do not include taxes',
    stage: 'pricing', na: { when: { stageAbsent: 'pricing' } },
  };
  const absent = { id: 'nj', label: 'No jargon', weight: 1, kind: 'behavior_absent', behavior: 'jargon' };
  it('drops N/A criteria and renormalizes weights', () => {
    const card = scoreCall(buildAnalysis(), rubricWith([pricing, absent]));
    expect(card.criteria[0]).toMatchObject({ na: true, score: null, passed: null, effectiveWeight: 0 });
    expect(card.criteria[0]!.reason).toBe('N/A: the call never reached the pricing stage');
    expect(card.criteria[1]!.effectiveWeight).toBe(1);
    expect(card.overall).toBe(100);
  });
  it('weights applicable criteria and sections', () => {
    const rubric = parseRubric({
      id: 'w', version: 2, name: 'W', callTypes: ['x'], passThreshold: 80,
      sections: [
        { id: 'a', name: 'A', weight: 3, criteria: [absent, { ...absent, id: 'nb', behavior: 'blame_shift', weight: 3 }] },
        { id: 'b', name: 'B', weight: 1, criteria: [{ id: 'g', label: 'G', weight: 1, kind: 'behavior_present', behavior: 'greeting' }] },
      ],
    });
    const card = scoreCall(buildAnalysis({ behaviors: [['blame_shift', 2]] }), rubric);
    // section a: (1*100 + 3*0)/4 = 25; section b: 0; overall (3*25 + 1*0)/4 = 18.75
    expect(card.overall).toBe(18.8);
    expect(card.sections).toEqual([{ id: 'a', name: 'A', weight: 3, score: 25 }, { id: 'b', name: 'B', weight: 1, score: 0 }]);
    expect(card.criteria.map((c) => c.effectiveWeight)).toEqual([0.1875, 0.5625, 0.25]);
    expect(card.passed).toBe(false);
    expect(card.rubricVersion).toBe(2);
  });
  it('scores composites from their sub-criteria', () => {
    const composite = {
      id: 'rec', label: 'Recovery', weight: 1, kind: 'composite',
      subCriteria: [
        { id: 'e', label: 'Exit ok', weight: 1, kind: 'sentiment', check: 'customer.exit >= 0' },
        { id: 'd', label: 'No drop', weight: 1, kind: 'sentiment', check: 'not customer.finalThirdDrop.flagged' },
      ],
    };
    const analysis = buildAnalysis({ customerArc: { exit: 0.3, finalThirdDrop: { flagged: true, points: 0.4, atMs: 20000 } } });
    const { result } = only(rubricWith([composite]), analysis);
    expect(result).toMatchObject({ score: 50, passed: false, reason: 'failed: No drop' });
    expect(result.subCriteria).toHaveLength(2);
  });
  it('is deterministic', () => {
    const analysis = buildAnalysis({ behaviors: [['greeting', 0]] });
    const rubric = rubricWith([pricing, absent]);
    expect(scoreCall(analysis, rubric)).toEqual(scoreCall(analysis, rubric));
  });
});
