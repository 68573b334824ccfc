import type { CallAnalysis, Flag } from '../analysis/types.js';
import { detectKudos } from '../coaching/kudos.js';
import { evaluateCondition } from './evaluate-condition.js';
import { evaluateKeywordAlerts } from './keyword-alerts.js';
import type { Policies } from './policy-schema.js';

/**
 * Flags for one call: every failed compliance criterion (always, whatever the overall score; a separate immediate
 * queue), then configured policies in file order, keyword alerts, and kudos. Each reason names the values that tripped it.
 */
export function evaluateCallPolicies(analysis: CallAnalysis, policies: Policies): Flag[] {
  const flags: Flag[] = complianceFlags(analysis);
  for (const policy of policies.policies) {
    const result = evaluateCondition(policy.when, analysis);
    if (result.matched) flags.push({ kind: policy.kind, policy: policy.id, reason: `${policy.label ?? policy.id}: ${result.facts.join('; ')}` });
  }
  flags.push(...evaluateKeywordAlerts(analysis, policies.keywords));
  const kudos = detectKudos(analysis, policies.kudos);
  if (kudos) flags.push({ kind: 'kudos', policy: 'kudos', reason: kudos.reason });
  return flags;
}

function complianceFlags(analysis: CallAnalysis): Flag[] {
  const criteria = analysis.scorecard?.criteria ?? [];
  return criteria
    .filter((c) => c.compliance && c.passed === false)
    .map((c) => ({
      kind: 'compliance',
      policy: `compliance:${c.id}`,
      reason: `${c.label ?? c.id} missed${c.autoFail ? ' (auto-fail: evaluation zeroed)' : ''}: ${c.reason}`,
    }));
}
