import { say } from '../phrase.js';
import * as A from '../templates/agent-moves.js';
import { addTurn, fresh, freshIndex, lastTurn, shiftMood, type DemoStage, type Dialogue, type PauseKind } from './script.js';

/** How each agent behavior moves the customer's mood (before noise). */
export const MOOD_EFFECT: Record<string, number> = {
  empathy: 0.14, ownership: 0.14, offers_options: 0.12, open_question: 0.03, recap: 0.05, resolution_check: 0.03,
  dismissive: -0.14, policy_before_ack: -0.15, interruption: -0.12, blame_shifting: -0.2, jargon: -0.06,
  dead_air: -0.07, unannounced_hold: -0.1, announced_hold: -0.01,
  // Hearing "attempt to collect a debt" puts people on guard; hearing they can still cancel eases them a little.
  debt_collection_disclosure: -0.05, cancellation_honored: 0.04,
};

export function applyEffect(d: Dialogue, behavior: string): void {
  const effect = MOOD_EFFECT[behavior] ?? 0;
  shiftMood(d, effect * d.rng.range(0.6, 1.4));
}

/**
 * Writes one agent turn from parts. May interrupt the customer's last turn (cutting it short)
 * or follow a silence, depending on the agent's habits.
 */
export function agentSays(d: Dialogue, stage: DemoStage, parts: Array<{ text: string; behavior?: string }>, opts: { pause?: PauseKind; allowInterrupt?: boolean } = {}): string | undefined {
  const { rng, tendencies: t } = d;
  const tags: string[] = [];
  const texts: string[] = [];
  let pause: PauseKind = opts.pause ?? 'normal';
  if (pause === 'normal' && (stage === 'discovery' || stage === 'resolution' || stage === 'pricing' || stage === 'payment_arrangement' || stage === 'offer') && rng.chance(t.deadAir * 0.3)) {
    pause = 'dead_air';
    tags.push('dead_air');
    applyEffect(d, 'dead_air');
    texts.push(fresh(d, A.AFTER_SILENCE));
  }
  let overlaps = false;
  const previous = lastTurn(d);
  if (opts.allowInterrupt !== false && stage !== 'opening' && stage !== 'verification' && pause === 'normal' && previous?.speaker === 'customer' && previous.text.split(' ').length >= 8 && rng.chance(t.interrupts * 0.6)) {
    overlaps = true;
    tags.push('interruption');
    applyEffect(d, 'interruption');
    previous.text = cutShort(previous.text, rng.range(0.45, 0.8));
    texts.push(fresh(d, A.INTERRUPT_LEADS));
  }
  for (const part of parts) {
    if (part.text.length === 0) continue;
    texts.push(overlaps && texts.length === 1 ? continueSentence(part.text) : part.text);
    if (part.behavior) {
      tags.push(part.behavior);
      applyEffect(d, part.behavior);
    }
  }
  addTurn(d, { speaker: 'agent', text: texts.join(' '), stage, tags, pause, overlapsPrevious: overlaps });
  // The behavior the customer most likely reacts to: the last one said.
  return overlaps && rng.chance(0.5) ? 'interruption' : [...tags].reverse().find((tag) => tag !== 'dead_air');
}

function continueSentence(text: string): string {
  return /^I\b/.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

function cutShort(text: string, share: number): string {
  const words = text.split(' ');
  const keep = Math.max(3, Math.floor(words.length * share));
  return `${words.slice(0, keep).join(' ').replace(/[,.?!]+$/, '')}—`;
}

/** How the agent first responds to a problem: policy, empathy, a brush-off, or nothing, per their habits. */
export function acknowledgement(d: Dialogue, context: 'problem' | 'objection' = 'problem'): Array<{ text: string; behavior?: string }> {
  const { rng, tendencies: t, scenario } = d;
  const parts: Array<{ text: string; behavior?: string }> = [];
  // A content customer gives nothing to apologize for: warm agents build rapport instead.
  if (context === 'problem' && d.mood > 0.15) {
    if (rng.chance(t.empathy * 0.5)) parts.push({ text: fresh(d, A.RAPPORT) });
    return parts;
  }
  if (rng.chance(t.policyFirst * 0.8)) parts.push({ text: fresh(d, scenario.policy), behavior: 'policy_before_ack' });
  const salesObjection = context === 'objection' && d.mood > -0.3 && (scenario.callType === 'sales' || scenario.callType === 'retention');
  if (rng.chance(t.empathy)) parts.push({ text: fresh(d, salesObjection ? A.OBJECTION_EMPATHY : A.EMPATHY), behavior: 'empathy' });
  else if (rng.chance(t.dismissive)) parts.push({ text: fresh(d, A.DISMISSIVE), behavior: 'dismissive' });
  return parts;
}

/** A discovery question: open when the agent leans that way, otherwise a specific one. Returns the index of a matching answer. */
export function question(d: Dialogue): { part: { text: string; behavior?: string }; answerIndex?: number } {
  const { rng, tendencies: t, scenario } = d;
  if (rng.chance(t.openQuestions)) {
    const pool = rng.chance(0.6) ? scenario.openProbes : A.OPEN_QUESTIONS;
    return { part: { text: say(pool, d.slots, rng), behavior: 'open_question' } };
  }
  if (rng.chance(0.25)) return { part: { text: fresh(d, A.CLOSED_QUESTIONS) } };
  const index = freshIndex(d, scenario.probes);
  return { part: { text: say([scenario.probes[index] ?? ''], d.slots, rng) }, answerIndex: index };
}
