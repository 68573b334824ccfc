import { say } from '../phrase.js';
import * as A from '../templates/agent-moves.js';
import * as C from '../templates/customer-moves.js';
import { acknowledgement, agentSays, question } from './agent-turns.js';
import { SMALL_TALK } from '../templates/small-talk.js';
import { writeCancellationAssurance, pricingDisclosurePart, writePaymentTermsConfirmation } from './compliance.js';
import { customerSays, moodReply, react } from './customer-turns.js';
import { fresh, addTurn, type DemoStage, type Dialogue } from './script.js';

/** Where the middle of each kind of call sits in the stage list. */
function workStage(d: Dialogue): DemoStage {
  switch (d.scenario.middleStage) {
    case 'pricing': return 'pricing';
    case 'offer': return 'offer';
    case 'payment_arrangement': return 'payment_arrangement';
    default: return 'resolution';
  }
}

/** A hold, asked for or not. The silence itself is added by the timing step. */
export function writeHold(d: Dialogue): void {
  const { rng, tendencies: t } = d;
  const reason = fresh(d, d.scenario.holdReason);
  d.slots = { ...d.slots, holdReason: reason.charAt(0).toLowerCase() + reason.slice(1) };
  if (rng.chance(t.holdWithoutPermission)) {
    agentSays(d, 'hold', [{ text: fresh(d, A.HOLD_WITHOUT_ASKING), behavior: 'unannounced_hold' }]);
    addTurn(d, { speaker: 'agent', text: fresh(d, A.AFTER_SILENCE), stage: 'hold', pause: 'unannounced_hold', tags: ['hold_return'] });
    customerSays(d, 'hold', moodReply(d));
    return;
  }
  agentSays(d, 'hold', [{ text: fresh(d, A.HOLD_ASKS), behavior: 'announced_hold' }]);
  addTurn(d, { speaker: 'customer', text: fresh(d, C.HOLD_OK), stage: 'hold' });
  addTurn(d, { speaker: 'agent', text: fresh(d, A.HOLD_RETURNS), stage: 'hold', pause: 'announced_hold', tags: ['hold_return'] });
}

/** Troubleshooting, quoting, offering or arranging payment until the budget is used; options and ownership show up here. */
export function writeMiddle(d: Dialogue, untilTurns: number): void {
  const { rng, slots, scenario, tendencies: t } = d;
  const stage = workStage(d);
  const objectionStage: DemoStage = stage === 'pricing' || stage === 'offer' ? 'objection' : stage;
  let optionsOffered = false;
  let owned = false;
  if (scenario.callType === 'sales') {
    // A sales pitch opens with a quote, and the pricing terms go with the first price.
    const quotes = scenario.work.filter((line) => line.includes('{price}'));
    agentSays(d, stage, [{ text: say(quotes.length > 0 ? quotes : scenario.work, slots, rng) }, pricingDisclosurePart(d) ?? { text: '' }]);
    customerSays(d, stage, fresh(d, scenario.workReplies));
  }
  writeCancellationAssurance(d, stage);
  while (d.turns.length < untilTurns - 1) {
    const progress = d.turns.length / Math.max(1, untilTurns);
    if (!optionsOffered && progress > 0.55 && rng.chance(t.offersOptions * 0.7)) {
      optionsOffered = true;
      const behavior = agentSays(d, stage, [{ text: fresh(d, scenario.options), behavior: 'offers_options' }]);
      react(d, stage, behavior);
      continue;
    }
    if (!owned && rng.chance(t.ownership * 0.25)) {
      owned = true;
      const behavior = agentSays(d, stage, [{ text: fresh(d, A.OWNERSHIP), behavior: 'ownership' }]);
      react(d, stage, behavior);
      continue;
    }
    if (rng.chance(0.35)) {
      sideExchange(d, stage);
      continue;
    }
    agentSays(d, stage, [{ text: fresh(d, scenario.work) }]);
    // Visible progress lifts a sour mood a little on its own; it does not make anyone delighted.
    if (d.mood < 0.15) d.mood += 0.015;
    if (rng.chance(d.mood < 0 ? 0.3 : 0.2)) {
      customerSays(d, objectionStage, fresh(d, scenario.pushback), ['pushback']);
      const response = rng.chance(t.offersOptions * 0.5) && !optionsOffered
        ? [{ text: fresh(d, scenario.options), behavior: 'offers_options' }]
        : [...acknowledgement(d, 'objection'), { text: say(rng.chance(0.5) ? scenario.work : A.NEUTRAL_ACKS, slots, rng) }];
      if (response.some((p) => p.behavior === 'offers_options')) optionsOffered = true;
      const behavior = agentSays(d, objectionStage, response);
      react(d, objectionStage, behavior);
    } else {
      customerSays(d, stage, fresh(d, scenario.workReplies));
    }
  }
  writePaymentTermsConfirmation(d, stage);
}

/** The filler of real calls: narrating the system, small talk, a quick question; keeps long calls from looping. */
function sideExchange(d: Dialogue, stage: DemoStage): void {
  const { rng } = d;
  const kind = rng.weighted([['narrate', 0.45], ['question', 0.35], ['small_talk', 0.2]] as const);
  if (kind === 'narrate') {
    agentSays(d, stage, [{ text: fresh(d, A.NARRATION) }]);
    customerSays(d, stage, fresh(d, C.WAITING_REPLIES));
  } else if (kind === 'question') {
    const q = question(d);
    agentSays(d, stage, [q.part]);
    const matched = q.answerIndex !== undefined ? d.scenario.answers[q.answerIndex] : undefined;
    customerSays(d, stage, matched ? say([matched], d.slots, rng) : fresh(d, d.scenario.details));
  } else {
    const pair = rng.pick(SMALL_TALK);
    agentSays(d, stage, [{ text: say(pair.agent, d.slots, rng) }]);
    customerSays(d, stage, d.mood < -0.3 ? moodReply(d) : say(pair.customer, d.slots, rng));
  }
}
