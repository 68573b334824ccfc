import type { CallAnalysis } from '../analysis/types.js';
import type { NaRule } from './rubric-schema.js';

/** Why a criterion does not apply to this call, or null when it does. */
export function naReason(rule: NaRule | undefined, analysis: CallAnalysis): string | null {
  if (!rule) return null;
  const { when } = rule;
  const stages = new Set((analysis.stages ?? []).map((s) => s.stage));
  const signals = new Set((analysis.signals ?? []).map((s) => s.id));
  if (when.stageAbsent !== undefined && !stages.has(when.stageAbsent)) return `N/A: the call never reached the ${when.stageAbsent} stage`;
  if (when.stagePresent !== undefined && stages.has(when.stagePresent)) return `N/A: the call reached the ${when.stagePresent} stage`;
  if (when.signalAbsent !== undefined && !signals.has(when.signalAbsent)) return `N/A: no ${when.signalAbsent} signal from the customer`;
  if (when.signalPresent !== undefined && signals.has(when.signalPresent)) return `N/A: the customer showed ${when.signalPresent}`;
  return null;
}
