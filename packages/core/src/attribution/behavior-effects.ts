import { ownValue } from '../text/own-value.js';

/**
 * Agent behaviors with a known effect on customer sentiment. Used to rank what preceded a shift:
 * within the same turn, a behavior whose effect matches the shift's direction comes first.
 * Everything not listed (greeting, closed_question, recap...) is neutral.
 */
export type BehaviorEffect = 'lowers' | 'raises' | 'neutral';

const KNOWN_EFFECTS: Readonly<Record<string, BehaviorEffect>> = {
  dismissive_acknowledgment: 'lowers',
  policy_before_acknowledgment: 'lowers',
  interruption: 'lowers',
  blame_shift: 'lowers',
  hold_without_permission: 'lowers',
  dead_air: 'lowers',
  jargon: 'lowers',
  empathy: 'raises',
  apology: 'raises',
  ownership: 'raises',
  offers_options: 'raises',
};

export function behaviorEffect(behavior: string): BehaviorEffect {
  // Catalog ids are the QA team's: a custom behavior named like an Object method is still neutral.
  return ownValue(KNOWN_EFFECTS, behavior) ?? 'neutral';
}
