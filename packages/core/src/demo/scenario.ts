/** A call story: what the customer wants, what the agent can say, and how the middle of the call goes. */

export const CALL_TYPES = ['support', 'sales', 'retention', 'collections'] as const;
export type CallType = (typeof CALL_TYPES)[number];

/** What fills the middle of the call after discovery. */
export type MiddleStage = 'troubleshoot' | 'pricing' | 'offer' | 'payment_arrangement';

export interface Scenario {
  id: string;
  title: string;
  callType: CallType;
  queue: string;
  middleStage: MiddleStage;
  /** Share of these calls the agent places (collections, some sales). */
  outboundShare: number;
  /** Customer mood when the call starts, in [-1, 1]. */
  startMood: readonly [number, number];
  repeatContactChance: number;
  urgencyChance: number;
  /** Customer states why they called (inbound) or reacts to why the agent called (outbound). */
  reason: readonly string[];
  /** Agent says why they are calling (outbound only). */
  outboundPurpose?: readonly string[];
  /** Customer adds detail during discovery. */
  details: readonly string[];
  /** Agent's specific, closed questions. */
  probes: readonly string[];
  /** Agent's open questions specific to this story. */
  openProbes: readonly string[];
  answers: readonly string[];
  /** Agent's lines while working the middle stage (steps, quotes, offers, arrangements). */
  work: readonly string[];
  workReplies: readonly string[];
  /** Customer pushback in the middle stage. */
  pushback: readonly string[];
  options: readonly string[];
  fix: readonly string[];
  jargon: readonly string[];
  policy: readonly string[];
  blame: readonly string[];
  recap: readonly string[];
  /** Agent reason for placing a hold. */
  holdReason: readonly string[];
}
