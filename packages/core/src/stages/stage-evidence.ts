import type { Utterance } from '../call/call.js';
import { countCueMatches } from './cue-matcher.js';
import type { CompiledStageConfig } from './compile-stage-config.js';
import { normalizeCueText } from './normalize-cue-text.js';

/** Per utterance and stage: raw cue matches, position-weighted score, and whether an exit cue matched. */
export interface StageEvidence {
  cueCounts: number[][];
  scores: number[][];
  exitHits: boolean[][];
}

/** An exit cue ("thanks for holding") marks the end of its stage, so it is weaker evidence for staying in it. */
const EXIT_CUE_WEIGHT = 0.5;

/** Calls shorter than this many utterances still get a start and an end window of this size. */
const MIN_WINDOW_UTTERANCES = 3;

function relativePositions(utterances: readonly Utterance[]): number[] {
  const start = Math.min(...utterances.map((u) => u.startMs));
  const end = Math.max(...utterances.map((u) => u.endMs));
  const span = end - start;
  return utterances.map((u) => (span > 0 ? (u.startMs - start) / span : 0));
}

export function computeStageEvidence(utterances: readonly Utterance[], compiled: CompiledStageConfig): StageEvidence {
  const { config, stages } = compiled;
  const positions = relativePositions(utterances);
  const n = utterances.length;
  const cueCounts: number[][] = [];
  const scores: number[][] = [];
  const exitHits: boolean[][] = [];
  utterances.forEach((utterance, i) => {
    const text = normalizeCueText(utterance.text);
    const position = positions[i] ?? 0;
    const inStart = position <= config.startWindow || i < MIN_WINDOW_UTTERANCES;
    const inEnd = position >= 1 - config.endWindow || i >= n - MIN_WINDOW_UTTERANCES;
    const words = new Set(text.split(' '));
    const counts = stages.map((stage) => countCueMatches(text, stage.cues, words));
    const exits = stages.map((stage) => (stage.exitCues.length > 0 ? countCueMatches(text, stage.exitCues, words) : 0));
    cueCounts.push(counts);
    exitHits.push(exits.map((e) => e > 0));
    scores.push(
      stages.map((stage, s) => {
        const prior = stage.definition.position;
        const inWindow = prior === 'start' ? inStart : prior === 'end' ? inEnd : true;
        const factor = prior === undefined ? 1 : inWindow ? config.positionBoost : config.positionPenalty;
        const exitCount = exits[s] ?? 0;
        return ((counts[s] ?? 0) - exitCount + exitCount * EXIT_CUE_WEIGHT) * factor;
      }),
    );
  });
  return { cueCounts, scores, exitHits };
}
