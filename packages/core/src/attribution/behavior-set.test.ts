import { describe, expect, it } from 'vitest';
import type { Detection } from '../analysis/types.js';
import { behaviorSet, cooccurringSets } from './behavior-set.js';

const d = (id: string, utteranceIndex: number): Detection => ({ id, speaker: 'agent', utteranceIndex, startMs: utteranceIndex * 1000, quote: id });

describe('behaviorSet', () => {
  it('is sorted and de-duplicated', () => {
    expect(behaviorSet([d('offers_options', 3), d('empathy', 1), d('open_question', 2), d('empathy', 4)])).toEqual([
      'empathy', 'offers_options', 'open_question',
    ]);
  });

  it('is empty when nothing was detected', () => {
    expect(behaviorSet([])).toEqual([]);
  });
});

describe('cooccurringSets', () => {
  it('lists the set within each stage, stages in order of first appearance, empty stages included', () => {
    const stages = ['opening', 'discovery', 'discovery', 'hold', 'discovery', 'closing'];
    const behaviors = [d('greeting', 0), d('open_question', 1), d('empathy', 2), d('open_question', 4), d('recap', 5), d('ghost', 9)];
    expect(cooccurringSets(behaviors, stages)).toEqual([
      { stage: 'opening', behaviors: ['greeting'] },
      { stage: 'discovery', behaviors: ['empathy', 'open_question'] },
      { stage: 'hold', behaviors: [] },
      { stage: 'closing', behaviors: ['recap'] },
    ]);
  });
});
