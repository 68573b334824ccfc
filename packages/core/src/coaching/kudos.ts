import type { CallAnalysis } from '../analysis/types.js';
import { DEFAULT_KUDOS, type KudosConfig } from './coaching-config.js';

export interface KudosEvent {
  kind: 'kudos';
  callId: string;
  agentId: string;
  at?: string;
  reason: string;
}

const r2 = (n: number) => Math.round(n * 100) / 100;

/** Kudos for a call whose customer left very happy, or recovered strongly from a low point. Null otherwise. */
export function detectKudos(analysis: CallAnalysis, config: KudosConfig = DEFAULT_KUDOS): KudosEvent | null {
  const arc = analysis.sentiment?.arcs.customer;
  if (!arc) return null;
  const reasons: string[] = [];
  if (arc.exit !== null && arc.exit >= config.customerExitAtLeast) {
    reasons.push(`customer exit sentiment ${r2(arc.exit)} (>= ${config.customerExitAtLeast})`);
  }
  const { recovery } = arc;
  if (recovery.achieved && recovery.margin !== null && recovery.margin >= config.recoveryMarginAtLeast) {
    reasons.push(`customer recovered from ${r2(recovery.troughScore ?? 0)} by ${r2(recovery.margin)} (>= ${config.recoveryMarginAtLeast})`);
  }
  if (reasons.length === 0) return null;
  const event: KudosEvent = { kind: 'kudos', callId: analysis.call.id, agentId: analysis.call.agent.id, reason: reasons.join('; ') };
  if (analysis.call.startedAt !== undefined) event.at = analysis.call.startedAt;
  return event;
}
