import type { Call, Utterance } from '../call/call.js';
import type { StageSpan } from '../analysis/types.js';
import { compileStageConfig } from './compile-stage-config.js';
import { decodeStageSequence } from './decode-stage-sequence.js';
import { expireInterludes } from './expire-interludes.js';
import { resolveStageConfig } from './resolve-stage-config.js';
import type { StageConfig, StageConfigSet } from './stage-config.js';
import { computeStageEvidence } from './stage-evidence.js';
import { stageSpansFromLabels } from './stage-spans.js';

/** Interludes end on their own, so leaving one costs only this share of a normal switch. */
const INTERLUDE_LEAVE_FACTOR = 0.1;

export interface StageLabels {
  /** One stage id per utterance, same order as `call.utterances`. */
  byUtterance: string[];
  spans: StageSpan[];
}

/** Labels utterances with one stage config (already resolved for the call type). */
export function labelStagesWithConfig(utterances: readonly Utterance[], config: StageConfig): StageLabels {
  if (utterances.length === 0) return { byUtterance: [], spans: [] };
  const compiled = compileStageConfig(config);
  const evidence = computeStageEvidence(utterances, compiled);
  const leavePenalty = compiled.stages.map((s) =>
    s.definition.persistence === 'while-cued' ? config.switchPenalty * INTERLUDE_LEAVE_FACTOR : config.switchPenalty,
  );
  const decoded = decodeStageSequence(evidence.scores, evidence.stageCount, compiled.initialStage, config.switchPenalty, leavePenalty, {
    absorbed: compiled.absorbed,
    cueCounts: evidence.cueCounts,
  });
  const labels = expireInterludes(decoded, compiled, evidence);
  const byUtterance = labels.map((s) => compiled.stages[s]?.definition.id ?? 'unknown');
  return { byUtterance, spans: stageSpansFromLabels(utterances, byUtterance) };
}

/**
 * Labels every utterance of a call with its stage, using the config for `call.callType`
 * (`overrides` replace built-in configs per call type; calls without a type use `default`).
 */
export function labelStages(call: Call, overrides?: StageConfigSet): StageLabels {
  return labelStagesWithConfig(call.utterances, resolveStageConfig(call.callType, overrides));
}
