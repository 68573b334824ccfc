/**
 * `npx tsx bench/analysis/scoring-outputs.ts out.json`: every scorecard and flag list over a broad set of calls, to
 * check that a change to scoring or flag policies leaves their output byte-identical (compare two runs with cmp).
 * Calls: 200 generated calls across the four call types at three lengths, each also with noisy text (capitals, curly
 * apostrophes, contractions, accents and other characters outside a-z) in some utterances, scored with the clean
 * call's analysis. Each call is scored against
 * every default rubric and some custom ones, and its flags come from the default policies plus extra keyword alerts.
 */
import { writeFileSync } from 'node:fs';
import { analyzeCall } from '../../packages/core/src/analysis/analyze-call.js';
import type { CallAnalysis } from '../../packages/core/src/analysis/types.js';
import type { Call } from '../../packages/core/src/call/call.js';
import { generateCall } from '../../packages/core/src/index.js';
import { defaultPolicies } from '../../packages/core/src/policies/default-policies.js';
import { evaluateCallPolicies } from '../../packages/core/src/policies/evaluate-call-policies.js';
import type { KeywordAlert, Policies } from '../../packages/core/src/policies/policy-schema.js';
import { DEFAULT_RUBRICS } from '../../packages/core/src/scoring/default-rubrics.js';
import { parseRubric } from '../../packages/core/src/scoring/parse-rubric.js';
import { scoreCall } from '../../packages/core/src/scoring/score-call.js';

const out = process.argv[2];
if (!out) throw new Error('usage: npx tsx bench/analysis/scoring-outputs.ts out.json');

const callTypes = ['support', 'sales', 'retention', 'collections'] as const;
const lengths = [40, 150, 300];

/** Text that exercises every normalization path: contractions, curly quotes, fillers, spoken forms, non-ASCII. */
const NOISE = [
  "I’m SURE it’s fine, DON'T worry",
  "we can't, won't, shan't: let's see what's there",
  'um uh OK gonna wanna gotta lemme cannot',
  "the customer's account_id is X-42 and it'd've been fine",
  'café naïve résumé İstanbul Kelvin \u212A test',
  "‘quoted’ words and 'single quotes' he's she's who's how's",
  'constructor toString __proto__ hasOwnProperty',
  "maybe recorded for quality an training purposes, y'all",
  'SUE YOU, I will take legal action; hell no, shut up!',
];

function noisy(call: Call, seed: number): Call {
  const utterances = call.utterances.map((u, i) => {
    if ((i + seed) % 5 !== 0) return u;
    const noise = NOISE[(i + seed) % NOISE.length]!;
    const text = (i + seed) % 3 === 0 ? `${noise} ${u.text.toUpperCase()}` : `${u.text} ${noise}`;
    return { ...u, text };
  });
  return { ...call, id: `${call.id}-noisy`, utterances };
}

const calls: Call[] = [];
for (let i = 0; i < 200; i++) {
  const call = generateCall({
    seed: 5000 + i, startedAt: '2026-11-02T14:00:00Z', agent: { id: `agent-${i % 7}` }, callType: callTypes[i % 4],
    targetTurns: lengths[i % 3], targetDurationMs: 4000 * lengths[i % 3]!,
  });
  calls.push(call);
}

const criterion = (kind: string, id: string, extra: Record<string, unknown>) => ({ id, label: id, weight: 1, kind, ...extra });
const customRubrics = [
  parseRubric({
    id: 'custom', version: 1, name: 'Custom', callTypes: ['support'], passThreshold: 70,
    sections: [{
      id: 's', name: 'S', weight: 1, criteria: [
        criterion('script', 'rec', { compliance: true, autoFail: true, text: 'this call may be recorded for quality and training purposes', withinFirstMs: 30000 }),
        criterion('script', 'taxes', { text: 'prices do not include taxes', stage: 'pricing', na: { when: { stageAbsent: 'pricing' } } }),
        criterion('script', 'contractions', { text: "I'm sorry, we can't do that, it's not possible" }),
        criterion('script', 'short', { text: 'ok' }),
        criterion('intent', 'check', { phrases: ['is there anything else I can help you with'] }),
        criterion('intent', 'customer', { speaker: 'customer', phrases: ["I don't understand", 'that makes no sense', 'cancel my account'] }),
        criterion('intent', 'staged', { stage: 'closing', phrases: ['thank you for calling', 'have a great day', 'bye'] }),
      ],
    }],
  }),
];
const rubrics = [...DEFAULT_RUBRICS, ...customRubrics];

const extraAlerts: KeywordAlert[] = [
  { id: 'common', kind: 'keyword', speaker: 'any', phrases: ['thank you', 'help you', 'do not', 'i am', 'okay', 'account'] },
  { id: 'contracted', kind: 'quality', speaker: 'agent', phrases: ["can't", "let's", 'what is', 'going to', 'sure it is'] },
  { id: 'customer-words', kind: 'coaching', speaker: 'customer', phrases: ['cancel', 'refund', 'manager', 'caf'] },
  { id: 'empty', kind: 'keyword', speaker: 'any', phrases: ['um'] },
] as KeywordAlert[];
const defaults = defaultPolicies();
const policies: Policies = { ...defaults, keywords: [...defaults.keywords, ...extraAlerts] };

/** The noisy variant keeps the clean call's analysis and changes only the text that scoring and alerts read. */
const analyses = calls.flatMap((call, i) => {
  const analysis = analyzeCall(call);
  return [analysis, { ...analysis, call: noisy(call, i) }];
});

const results = analyses.map((analysis) => {
  return {
    callId: analysis.call.id,
    scored: rubrics.map((rubric) => {
      const copy: CallAnalysis = { ...analysis, call: { ...analysis.call, utterances: analysis.call.utterances.map((u) => ({ ...u })) } };
      copy.scorecard = scoreCall(copy, rubric);
      return { rubric: rubric.id, scorecard: copy.scorecard, flags: evaluateCallPolicies(copy, policies) };
    }),
  };
});
writeFileSync(out, JSON.stringify(results, null, 1));
console.log(`wrote ${results.length} calls x ${rubrics.length} rubrics of scorecards and flag lists to ${out}`);
