import { say } from '../phrase.js';
import * as A from '../templates/agent-moves.js';
import * as C from '../templates/customer-moves.js';
import { acknowledgement, agentSays, applyEffect, question } from './agent-turns.js';
import { customerSays, hasReaction, moodReply, react } from './customer-turns.js';
import { fresh, type Dialogue } from './script.js';

/** The customer explains; the agent acknowledges and asks until the turn budget for discovery is used. */
export function writeDiscovery(d: Dialogue, untilTurns: number): void {
  const { rng, slots, scenario } = d;
  // For inbound calls the reason was given in the opening; outbound customers hear the purpose first.
  const firstAck = acknowledgement(d);
  const firstQuestion = question(d);
  let lastBehavior = agentSays(d, 'discovery', [...firstAck, firstQuestion.part]);
  answer(d, firstQuestion.answerIndex, lastBehavior, true);
  let round = 0;
  while (d.turns.length < untilTurns - 1) {
    round++;
    if (d.flags.escalationRequested && !d.flags.escalated && !d.flags.signals.has('escalation_handled')) {
      handleEscalation(d);
      continue;
    }
    const roll = rng.next();
    const t = d.tendencies;
    if (roll < t.jargon * 0.3) {
      lastBehavior = agentSays(d, 'discovery', [{ text: fresh(d, scenario.jargon), behavior: 'jargon' }]);
      react(d, 'discovery', lastBehavior);
      continue;
    }
    if (roll < t.jargon * 0.3 + t.blameShifting * 0.25) {
      lastBehavior = agentSays(d, 'discovery', [{ text: fresh(d, scenario.blame), behavior: 'blame_shifting' }]);
      react(d, 'discovery', lastBehavior);
      continue;
    }
    const parts: Array<{ text: string; behavior?: string }> = [];
    const last = d.turns[d.turns.length - 1];
    if (last?.speaker === 'customer' && d.mood < -0.2 && rng.chance(0.3)) parts.push(...acknowledgement(d));
    else if (rng.chance(0.3)) parts.push({ text: say(rng.chance(0.5) ? A.NEUTRAL_ACKS : A.NOTE_TAKING, slots, rng) });
    if (rng.chance(0.15)) {
      parts.push({ text: fresh(d, A.CLARIFY) });
      lastBehavior = agentSays(d, 'discovery', parts);
      customerSays(d, 'discovery', fresh(d, A.CLARIFY_REPLIES));
      continue;
    }
    const q = question(d);
    parts.push(q.part);
    lastBehavior = agentSays(d, 'discovery', parts);
    answer(d, q.answerIndex, lastBehavior, round < 3);
  }
}

function answer(d: Dialogue, answerIndex: number | undefined, behavior: string | undefined, early: boolean): void {
  const { rng, slots, scenario } = d;
  if (hasReaction(behavior) && rng.chance(0.6)) {
    react(d, 'discovery', behavior);
    return;
  }
  const matched = answerIndex !== undefined ? scenario.answers[answerIndex] : undefined;
  const base = matched && rng.chance(0.8) ? say([matched], slots, rng) : say(behavior === 'open_question' || rng.chance(0.5) ? scenario.details : scenario.answers, slots, rng);
  const coloured = d.mood < -0.45 && rng.chance(0.35) ? `${base} ${moodReply(d)}` : base;
  customerSays(d, 'discovery', coloured, [], early);
}

/** A supervisor request: good agents own it or escalate, others deflect and pay for it in mood. */
function handleEscalation(d: Dialogue): void {
  const { rng, slots, tendencies: t } = d;
  d.flags.signals.add('escalation_handled');
  if (rng.chance(0.35 + t.ownership * 0.3)) {
    d.flags.escalated = true;
    agentSays(d, 'discovery', [{ text: fresh(d, A.EMPATHY), behavior: 'empathy' }, { text: fresh(d, A.ESCALATION_ACCEPT), behavior: 'escalation' }]);
  } else if (rng.chance(t.ownership)) {
    agentSays(d, 'discovery', [{ text: fresh(d, A.OWNERSHIP), behavior: 'ownership' }]);
  } else {
    agentSays(d, 'discovery', [{ text: fresh(d, A.ESCALATION_DEFLECT), behavior: 'escalation_deflected' }]);
    applyEffect(d, 'dismissive');
  }
  customerSays(d, 'discovery', moodReply(d));
}
