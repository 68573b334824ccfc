import { behaviorCatalogSchema, type BehaviorCatalog } from './catalog-schema.js';
import { DEFAULT_AGENT_ENTRIES } from './default-catalog-agent.js';
import { DEFAULT_CONVERSATION_ENTRIES } from './default-catalog-conversation.js';
import { DEFAULT_FAMILIES } from './default-catalog-families.js';
import { DEFAULT_HANDLING_ENTRIES } from './default-catalog-handling.js';
import { DEFAULT_SIGNAL_ENTRIES } from './default-catalog-signals.js';

export const BEHAVIOR_IDS = [
  'empathy', 'apology', 'dismissive_acknowledgment', 'policy_before_acknowledgment', 'interruption', 'open_question',
  'closed_question', 'ownership', 'hold_without_permission', 'dead_air', 'blame_shift', 'jargon', 'offers_options',
  'resolution_check', 'greeting', 'recap', 'escalation_offer',
] as const;
export type BehaviorId = (typeof BEHAVIOR_IDS)[number];

export const SIGNAL_IDS = ['churn_intent', 'escalation_request', 'repeat_contact', 'complaint', 'urgency', 'confusion'] as const;
export type SignalId = (typeof SIGNAL_IDS)[number];

/** The catalog shipped with Undertone; a QA team's file adds to or overrides it (see parseBehaviorCatalog). */
export const DEFAULT_BEHAVIOR_CATALOG: BehaviorCatalog = behaviorCatalogSchema.parse({
  families: DEFAULT_FAMILIES,
  entries: [...DEFAULT_AGENT_ENTRIES, ...DEFAULT_CONVERSATION_ENTRIES, ...DEFAULT_HANDLING_ENTRIES, ...DEFAULT_SIGNAL_ENTRIES],
});
