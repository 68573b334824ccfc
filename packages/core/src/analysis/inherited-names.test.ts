import { describe, expect, it } from 'vitest';
import { defaultPolicies } from '../policies/default-policies.js';
import { DEFAULT_RUBRICS } from '../scoring/default-rubrics.js';
import { selectRubric } from '../scoring/select-rubric.js';
import { importTranscript } from '../importers/import-transcript.js';
import { roleFromLabel } from '../importers/role-labels.js';
import { analyzeCall } from './analyze-call.js';

/** Names every plain JavaScript object inherits: lookup tables keyed by transcript words must not answer them. */
const INHERITED = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];
const words = INHERITED.join(' ');

describe('words that name inherited object properties', () => {
  it('analyze, score and flag like any other words, in transcripts of either speaker', () => {
    const transcript = [
      `[00:01] Agent: thanks for calling, ${words}, how can I help?`,
      `[00:06] Customer: my ${words} is broken and I ${INHERITED.map((w) => w.toUpperCase()).join(' ')} want to cancel`,
      `[00:12] Agent: I'm sorry about the ${words}; I'll fix it.`,
    ].join('\n');
    const { call } = importTranscript(transcript, { source: 'inherited.txt', metadata: { agent: { id: 'agent-1' } } });
    const analysis = analyzeCall(call, { rubric: selectRubric('support', DEFAULT_RUBRICS)!, policies: defaultPolicies() });
    expect(analysis.sentiment?.arcs.customer.points).toHaveLength(1);
    expect(analysis.signals?.map((s) => s.id)).toContain('churn_intent');
    expect(analysis.behaviors?.map((b) => b.id)).toContain('apology');
  });

  it('are not speaker roles', () => {
    for (const name of INHERITED) expect(roleFromLabel(name)).toBeUndefined();
  });
});
