import { say } from '../phrase.js';
import * as C from '../templates/customer-moves.js';
import { fresh, addTurn, moodBand, shiftMood, type DemoStage, type Dialogue } from './script.js';

/** A reply whose tone follows the customer's current mood. */
export function moodReply(d: Dialogue): string {
  return say(C.MOOD_REPLIES[moodBand(d.mood)] ?? [], d.slots, d.rng);
}

/**
 * Signals the customer volunteers when the moment fits: churn talk and escalation when angry,
 * repeat contact and urgency early, confusion and complaints when things drag. Returns the text and its tags.
 */
export function maybeSignal(d: Dialogue, early: boolean): { text: string; tags: string[] } | undefined {
  const { rng, flags } = d;
  const once = (tag: string): boolean => !flags.signals.has(tag);
  if (early && once('repeat_contact') && rng.chance(d.scenario.repeatContactChance)) return mark(d, 'repeat_contact', C.SIGNAL_REPEAT);
  if (early && once('urgency') && rng.chance(d.scenario.urgencyChance)) return mark(d, 'urgency', C.SIGNAL_URGENCY);
  const churnChance = d.scenario.callType === 'retention' ? 0.25 : 0.18;
  if (d.mood < -0.45 && once('churn_intent') && rng.chance(churnChance)) return mark(d, 'churn_intent', C.SIGNAL_CHURN);
  if (d.mood < -0.6 && once('escalation_request') && rng.chance(0.3)) {
    flags.escalationRequested = true;
    return mark(d, 'escalation_request', C.SIGNAL_ESCALATION);
  }
  if (d.mood < -0.7 && once('complaint') && rng.chance(0.2)) return mark(d, 'complaint', C.SIGNAL_COMPLAINT);
  return undefined;
}

function mark(d: Dialogue, tag: string, lines: readonly string[]): { text: string; tags: string[] } {
  d.flags.signals.add(tag);
  return { text: say(lines, d.slots, d.rng), tags: [tag] };
}

/** Says `base`, sometimes followed by a signal; moods that run low leak into the wording. */
const QUIET_STAGES: ReadonlySet<DemoStage> = new Set(['verification', 'hold', 'closing', 'transfer']);

export function customerSays(d: Dialogue, stage: DemoStage, base: string, tags: string[] = [], early = false): void {
  const signal = QUIET_STAGES.has(stage) ? undefined : maybeSignal(d, early);
  const text = signal ? `${base} ${signal.text}` : base;
  addTurn(d, { speaker: 'customer', text, stage, tags: [...tags, ...(signal?.tags ?? [])] });
}

/** The customer's reaction to what the agent just did, or a plain mood reply when they let it pass. */
export function react(d: Dialogue, stage: DemoStage, behavior: string | undefined): void {
  const lines = behavior ? REACTIONS[behavior] : undefined;
  if (lines && d.rng.chance(0.65)) {
    const tags = behavior === 'jargon' ? ['confusion'] : [];
    if (behavior === 'jargon') d.flags.signals.add('confusion');
    customerSays(d, stage, say(lines, d.slots, d.rng), tags);
    return;
  }
  customerSays(d, stage, moodReply(d));
}

const REACTIONS: Record<string, readonly string[]> = {
  empathy: C.REACT_EMPATHY,
  dismissive: C.REACT_DISMISSIVE,
  policy_before_ack: C.REACT_POLICY,
  interruption: C.REACT_INTERRUPTED,
  blame_shifting: C.REACT_BLAME,
  jargon: C.REACT_JARGON,
  ownership: C.REACT_OWNERSHIP,
  offers_options: C.REACT_OPTIONS,
};

/** Whether the customer has a typical reaction to this behavior. */
export function hasReaction(behavior: string | undefined): boolean {
  return behavior !== undefined && behavior in REACTIONS;
}

export { shiftMood };
