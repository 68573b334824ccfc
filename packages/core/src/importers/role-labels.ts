import type { Speaker } from '../call/call.js';
import type { SourceTurn } from './source-transcript.js';
import { ownValue } from '../text/own-value.js';

/** Speaker labels that are themselves role names ("Agent:", "Caller:"), as written in text transcripts. */
const ROLE_WORDS: Record<string, Speaker> = {
  agent: 'agent',
  rep: 'agent',
  representative: 'agent',
  advisor: 'agent',
  associate: 'agent',
  csr: 'agent',
  customer: 'customer',
  caller: 'customer',
  client: 'customer',
  member: 'customer',
  supervisor: 'other',
  manager: 'other',
  ivr: 'other',
  system: 'other',
};

export function roleFromLabel(label: string): Speaker | undefined {
  return ownValue(ROLE_WORDS, label.trim().toLowerCase());
}

/**
 * When every speaker label in the turns is a role name, the labels are role data.
 * A mix of role names and personal names is not: the heuristic or --agent-speaker decides then.
 */
export function rolesFromLabels(turns: readonly SourceTurn[]): Map<string, Speaker> | undefined {
  const roles = new Map<string, Speaker>();
  for (const turn of turns) {
    if (roles.has(turn.label)) continue;
    const role = roleFromLabel(turn.label);
    if (!role) return undefined;
    roles.set(turn.label, role);
  }
  return roles.size > 0 ? roles : undefined;
}
