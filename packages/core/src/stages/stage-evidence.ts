import type { Utterance } from '../call/call.js';
import type { CompiledStageConfig } from './compile-stage-config.js';
import { emptyTranscriptWords, normalizeTranscriptWords } from './normalize-cue-text.js';
import { tallyMatchingCues, type CueTally } from './stage-cue-index.js';

/**
 * Per utterance and stage, flattened row by row (utterance `i`, stage `s` at `i * stageCount + s`):
 * distinct cue matches (exit cues included), exit cue matches, and the position-weighted score.
 */
export interface StageEvidence {
  stageCount: number;
  cueCounts: Int32Array;
  exitCounts: Int32Array;
  scores: Float64Array;
}

/** An exit cue ("thanks for holding") marks the end of its stage, so it is weaker evidence for staying in it. */
const EXIT_CUE_WEIGHT = 0.5;

/** Calls shorter than this many utterances still get a start and an end window of this size. */
const MIN_WINDOW_UTTERANCES = 3;

function callTimeSpan(utterances: readonly Utterance[]): { start: number; span: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const u of utterances) {
    if (u.startMs < start) start = u.startMs;
    if (u.endMs > end) end = u.endMs;
  }
  return { start, span: end - start };
}

/** Counts, per stage, the distinct cues and exit cues in every utterance. */
function countCues(utterances: readonly Utterance[], compiled: CompiledStageConfig, evidence: StageEvidence): void {
  const seen = new Int32Array(compiled.cueIndex.cueCount).fill(-1);
  const tally: CueTally = { cueCounts: evidence.cueCounts, exitCounts: evidence.exitCounts, offset: 0 };
  const transcript = emptyTranscriptWords();
  for (let i = 0; i < utterances.length; i++) {
    tally.offset = i * evidence.stageCount;
    normalizeTranscriptWords(utterances[i]!.text, transcript);
    tallyMatchingCues(compiled.cueIndex, transcript.words, transcript.anchorIds, transcript.count, seen, i, tally);
  }
}

export function computeStageEvidence(utterances: readonly Utterance[], compiled: CompiledStageConfig): StageEvidence {
  const { config, stages } = compiled;
  const n = utterances.length;
  const stageCount = stages.length;
  const evidence: StageEvidence = {
    stageCount,
    cueCounts: new Int32Array(n * stageCount),
    exitCounts: new Int32Array(n * stageCount),
    scores: new Float64Array(n * stageCount),
  };
  countCues(utterances, compiled, evidence);
  const { start, span } = callTimeSpan(utterances);
  for (let i = 0; i < n; i++) {
    const position = span > 0 ? (utterances[i]!.startMs - start) / span : 0;
    const inStart = position <= config.startWindow || i < MIN_WINDOW_UTTERANCES;
    const inEnd = position >= 1 - config.endWindow || i >= n - MIN_WINDOW_UTTERANCES;
    for (let s = 0; s < stageCount; s++) {
      const prior = stages[s]!.definition.position;
      const inWindow = prior === 'start' ? inStart : prior === 'end' ? inEnd : true;
      const factor = prior === undefined ? 1 : inWindow ? config.positionBoost : config.positionPenalty;
      const cell = i * stageCount + s;
      const exitCount = evidence.exitCounts[cell]!;
      evidence.scores[cell] = (evidence.cueCounts[cell]! - exitCount + exitCount * EXIT_CUE_WEIGHT) * factor;
    }
  }
  return evidence;
}
