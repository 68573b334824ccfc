import type { Call, Speaker } from '../../call/call.js';
import type { Arc, CallAnalysis, Characteristics, Detection, Inflection, StageSpan } from '../../analysis/types.js';

/**
 * Builds CallAnalysis fixtures for tests of scoring, policies and coaching, so those tests do not depend on the
 * detectors being built elsewhere. Utterances are 5 s apart unless times are given.
 */
export type UtteranceSpec = [Speaker, string] | [Speaker, string, number, number];

export interface AnalysisSpec {
  id?: string;
  agentId?: string;
  callType?: string;
  startedAt?: string;
  resolved?: boolean;
  utterances?: UtteranceSpec[];
  behaviors?: Array<[id: string, utteranceIndex: number]>;
  signals?: Array<[id: string, utteranceIndex: number]>;
  stages?: Array<[stage: string, fromIndex: number, toIndex: number]>;
  customerArc?: Partial<Arc>;
  agentArc?: Partial<Arc>;
  /** Per-utterance sentiment scores by index; the rest are 0. */
  scores?: Record<number, number>;
  inflections?: Inflection[];
  characteristics?: Partial<Characteristics>;
  withoutSentiment?: boolean;
}

export function buildArc(overrides: Partial<Arc> = {}): Arc {
  return {
    points: [],
    entry: 0,
    exit: 0,
    delta: 0,
    quarters: [0, 0, 0, 0],
    trend: 'no_change',
    pattern: 'flat',
    recovery: { achieved: false, troughScore: null, troughAtMs: null, margin: null },
    finalThirdDrop: { flagged: false, points: 0, atMs: null },
    largestDrop: null,
    ...overrides,
  };
}

const DEFAULT_UTTERANCES: UtteranceSpec[] = [
  ['agent', 'Hello, thanks for calling. This call may be recorded for quality and training purposes.'],
  ['customer', 'Hi, my internet has been down for two days and I am really frustrated.'],
  ['agent', 'I am so sorry to hear that, I understand how frustrating that is. I will take care of this for you.'],
  ['customer', 'Thank you, that would be great.'],
  ['agent', 'Is there anything else I can help you with today?'],
  ['customer', 'No, that is all, thanks.'],
];

export function buildAnalysis(spec: AnalysisSpec = {}): CallAnalysis {
  const specs = spec.utterances ?? DEFAULT_UTTERANCES;
  const utterances = specs.map(([speaker, text, start, end], i) => ({
    speaker,
    text,
    startMs: start ?? i * 5000,
    endMs: end ?? i * 5000 + 4000,
  }));
  const call: Call = {
    id: spec.id ?? 'call-1',
    agent: { id: spec.agentId ?? 'agent-1' },
    ...(spec.callType !== undefined ? { callType: spec.callType } : {}),
    ...(spec.startedAt !== undefined ? { startedAt: spec.startedAt } : {}),
    ...(spec.resolved !== undefined ? { outcome: { resolved: spec.resolved } } : {}),
    utterances,
  };
  const detection = ([id, index]: [string, number]): Detection => ({
    id,
    speaker: utterances[index]?.speaker ?? 'agent',
    utteranceIndex: index,
    startMs: utterances[index]?.startMs ?? 0,
    quote: utterances[index]?.text ?? '',
  });
  const stages: StageSpan[] = (spec.stages ?? []).map(([stage, fromIndex, toIndex]) => ({
    stage,
    fromIndex,
    toIndex,
    startMs: utterances[fromIndex]?.startMs ?? 0,
    endMs: utterances[toIndex]?.endMs ?? 0,
  }));
  const durationMs = utterances.at(-1)?.endMs ?? 0;
  const characteristics: Characteristics = {
    durationMs,
    talk: {
      agent: { talkMs: 12000, talkShare: 0.5, turns: 3, words: 40, wordsPerMinute: 150 },
      customer: { talkMs: 12000, talkShare: 0.5, turns: 3, words: 30, wordsPerMinute: 140 },
    },
    nonTalk: { totalMs: 2000, share: 0.05, instances: [] },
    interruptions: [],
    longestMonologue: {},
    ...spec.characteristics,
  };
  const analysis: CallAnalysis = {
    engineVersion: 'test',
    call,
    characteristics,
    stages,
    behaviors: (spec.behaviors ?? []).map(detection),
    signals: (spec.signals ?? []).map(detection),
  };
  if (!spec.withoutSentiment) {
    analysis.sentiment = {
      model: { name: 'test', version: '0' },
      utterances: utterances.map((_, index) => {
        const score = spec.scores?.[index] ?? 0;
        return { index, score, label: score > 0.05 ? 'positive' : score < -0.05 ? 'negative' : 'neutral' };
      }),
      arcs: { customer: buildArc(spec.customerArc), agent: buildArc(spec.agentArc) },
      inflections: spec.inflections ?? [],
    };
  }
  return analysis;
}
