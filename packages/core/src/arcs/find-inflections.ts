import type { Speaker } from '../call/call.js';
import type { Inflection } from '../analysis/types.js';
import { resolveArcConfig, type ArcConfig, type ArcConfigOverrides } from './arc-config.js';
import { smoothSeries, type SmoothedPoint, type TimedScore } from './smooth-series.js';
import { findMoves, type Move } from './turning-points.js';
import { round4 } from './round.js';

/**
 * Change points of one speaker's arc: each significant move of the smoothed arc (see findMoves),
 * dated at the utterance where the shift starts. Sorted by time.
 */
export function findInflections(points: readonly TimedScore[], speaker: Speaker, config: ArcConfigOverrides = {}): Inflection[] {
  const resolved = resolveArcConfig(config);
  return inflectionsOfSeries(smoothSeries(points, resolved), speaker, resolved);
}

export function movesOfSeries(series: readonly SmoothedPoint[], config: ArcConfig): Move[] {
  const smoothed = new Array<number>(series.length);
  for (let i = 0; i < series.length; i++) smoothed[i] = series[i]!.smoothed;
  return findMoves(smoothed, config.inflection.minMagnitude);
}

/** `moves`: the series' significant moves, when the caller has them already (movesOfSeries). */
export function inflectionsOfSeries(
  series: readonly SmoothedPoint[],
  speaker: Speaker,
  config: ArcConfig,
  moves: readonly Move[] = movesOfSeries(series, config),
): Inflection[] {
  return moves.map((move) => {
    const onset = series[onsetPosition(series, move, config.inflection.onsetFraction)]!;
    return {
      atMs: onset.startMs,
      speaker,
      direction: move.direction,
      magnitude: round4(move.magnitude),
      utteranceIndex: onset.index,
    };
  });
}

/**
 * The first utterance after the turning point whose (denoised) score has covered `fraction` of the
 * move. The smoothed turning point itself sits a little early, because the kernel lets the coming
 * change leak backwards; the utterance scores say when the speaker actually changed.
 */
function onsetPosition(series: readonly SmoothedPoint[], move: Move, fraction: number): number {
  const reference = series[move.from]!.smoothed;
  const needed = fraction * move.magnitude;
  const sign = move.direction === 'drop' ? -1 : 1;
  for (let i = move.from + 1; i <= move.to; i++) {
    if (sign * (series[i]!.denoised - reference) >= needed) return i;
  }
  return Math.min(move.from + 1, move.to);
}
