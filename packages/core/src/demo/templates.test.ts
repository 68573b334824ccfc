import { describe, expect, it } from 'vitest';
import { expand } from './phrase.js';
import { createRng } from './prng.js';
import { SCENARIOS } from './scenarios/index.js';
import { buildSlots } from './slots.js';
import * as agentMoves from './templates/agent-moves.js';
import * as agentOpening from './templates/agent-opening.js';
import * as customerMoves from './templates/customer-moves.js';
import { SMALL_TALK } from './templates/small-talk.js';

/** Every template list the generator can draw from, named for the failure message. */
function allLists(): Array<[string, readonly string[]]> {
  const lists: Array<[string, readonly string[]]> = [];
  const collect = (prefix: string, value: unknown): void => {
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) lists.push([prefix, value as string[]]);
    else if (Array.isArray(value)) value.forEach((v, i) => collect(`${prefix}[${i}]`, v));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(`${prefix}.${k}`, v);
  };
  collect('agentMoves', agentMoves);
  collect('agentOpening', agentOpening);
  collect('customerMoves', customerMoves);
  collect('smallTalk', SMALL_TALK);
  for (const scenario of SCENARIOS) collect(`scenario:${scenario.id}`, { ...scenario, startMood: undefined });
  return lists;
}

describe('templates', () => {
  it('expand without unknown slots, stray brackets or doubled spaces', () => {
    const rng = createRng(3);
    const slots = { ...buildSlots(rng, { agentName: 'Kim Lee', company: 'Brightwave', monthIndex: 10 }), holdReason: 'check the account', transferTeam: 'billing' };
    const lists = allLists();
    expect(lists.length).toBeGreaterThan(100);
    for (const [name, list] of lists) {
      for (const template of list) {
        for (let i = 0; i < 8; i++) {
          const text = expand(template, slots, rng);
          expect(text, `${name}: ${template}`).not.toMatch(/[{}[\]|]|\s{2}/);
        }
      }
    }
  });

  it('offer several paraphrases for every common move', () => {
    const common = [agentMoves.EMPATHY, agentMoves.DISMISSIVE, agentMoves.OWNERSHIP, agentMoves.OPEN_QUESTIONS, agentMoves.RESOLUTION_CHECKS, agentMoves.CLOSINGS, agentOpening.INBOUND_GREETINGS, agentOpening.DISCLOSURES, customerMoves.SIGNAL_CHURN, customerMoves.SIGNAL_REPEAT];
    for (const list of common) expect(list.length).toBeGreaterThanOrEqual(5);
  });
});
