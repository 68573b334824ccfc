import type { CompiledStageConfig } from './compile-stage-config.js';
import type { StageDefinition } from './stage-config.js';
import type { StageEvidence } from './stage-evidence.js';

/**
 * `while-cued` stages (hold, transfer, opening) and `brief` ones (pricing, objection) end `holdover`
 * utterances after their last cue (or a cue of a stage they absorb), or right at an exit cue ("thanks for
 * holding"). The rest of their run goes back to the latest stage before them that is neither (a hold after a
 * price objection returns to the payment plan discussed before it), or to the fallback stage when there is none
 * (verification right after the opening leads into discovery, not back to the greeting). Returns a new label array.
 */
export function expireInterludes(path: readonly number[], compiled: CompiledStageConfig, evidence: StageEvidence): number[] {
  const labels = [...path];
  let from = 0;
  while (from < labels.length) {
    const stage = labels[from] ?? 0;
    let to = from;
    while (to + 1 < labels.length && labels[to + 1] === stage) to++;
    const definition = compiled.stages[stage]?.definition;
    if (definition !== undefined && endsOnItsOwn(definition.persistence)) {
      let lastCue = -1;
      const { stageCount, cueCounts, exitCounts } = evidence;
      // The cues of absorbed stages keep it going too: the rebuttal's price talk is still the objection.
      const absorbed = compiled.absorbed[stage]!;
      for (let i = from; i <= to; i++) {
        const row = i * stageCount;
        if (cueCounts[row + stage]! > 0) lastCue = i;
        else for (let k = 0; k < absorbed.length; k++) if (cueCounts[row + absorbed[k]!]! > 0) lastCue = i;
      }
      const endsAtExit = lastCue >= 0 && exitCounts[lastCue * stageCount + stage]! > 0;
      const keepThrough = lastCue < 0 ? from - 1 + definition.holdover : endsAtExit ? lastCue : lastCue + definition.holdover;
      const resumed = lastMainStage(labels, from, compiled);
      for (let i = Math.max(keepThrough + 1, from); i <= to; i++) labels[i] = resumed;
    }
    from = to + 1;
  }
  return labels;
}

function endsOnItsOwn(persistence: StageDefinition['persistence']): boolean {
  return persistence === 'while-cued' || persistence === 'brief';
}

/** The latest stage before `from` that is not an interlude or a brief stage: what the conversation was about. */
function lastMainStage(labels: readonly number[], from: number, compiled: CompiledStageConfig): number {
  for (let i = from - 1; i >= 0; i--) if (!isInterlude(compiled, labels[i])) return labels[i]!;
  return compiled.fallbackStage;
}

function isInterlude(compiled: CompiledStageConfig, stage: number | undefined): boolean {
  const definition = stage === undefined ? undefined : compiled.stages[stage]?.definition;
  return definition !== undefined && endsOnItsOwn(definition.persistence);
}
