import type { Speaker } from '../call/call.js';
import type { Inflection } from '../analysis/types.js';
import { resolveArcConfig, type ArcConfig, type ArcConfigOverrides } from './arc-config.js';
import { seriesOfPoints, smoothColumns, type SmoothedPoint, type SmoothedSeries, type TimedScore } from './smooth-series.js';
import { findMoves, type Move } from './turning-points.js';
import { round4 } from './round.js';

/**
 * Change points of one speaker's arc: each significant move of the smoothed arc (see findMoves),
 * dated at the utterance where the shift starts. Sorted by time.
 */
export function findInflections(points: readonly TimedScore[], speaker: Speaker, config: ArcConfigOverrides = {}): Inflection[] {
  const resolved = resolveArcConfig(config);
  const n = points.length;
  const input = { startMs: new Float64Array(n), endMs: new Float64Array(n), score: new Float64Array(n), index: new Float64Array(n) };
  points.forEach((p, i) => {
    input.startMs[i] = p.startMs;
    input.endMs[i] = p.endMs;
    input.score[i] = p.score;
    input.index[i] = p.index ?? i;
  });
  return inflectionsOfColumns(smoothColumns(input, resolved), speaker, resolved);
}

export function movesOfSeries(series: readonly SmoothedPoint[], config: ArcConfig): Move[] {
  return movesOfColumns(seriesOfPoints(series), config);
}

export function movesOfColumns(series: SmoothedSeries, config: ArcConfig): Move[] {
  return findMoves(series.smoothed, config.inflection.minMagnitude);
}

/** `moves`: the series' significant moves, when the caller has them already (movesOfSeries). */
export function inflectionsOfSeries(series: readonly SmoothedPoint[], speaker: Speaker, config: ArcConfig, moves?: readonly Move[]): Inflection[] {
  const columns = seriesOfPoints(series);
  return inflectionsOfColumns(columns, speaker, config, moves ?? movesOfColumns(columns, config));
}

export function inflectionsOfColumns(series: SmoothedSeries, speaker: Speaker, config: ArcConfig, moves: readonly Move[] = movesOfColumns(series, config)): Inflection[] {
  return moves.map((move) => {
    const onset = onsetPosition(series, move, config.inflection.onsetFraction);
    return {
      atMs: series.startMs[onset]!,
      speaker,
      direction: move.direction,
      magnitude: round4(move.magnitude),
      utteranceIndex: series.index[onset]!,
    };
  });
}

/**
 * The first utterance after the turning point whose (denoised) score has covered `fraction` of the
 * move. The smoothed turning point itself sits a little early, because the kernel lets the coming
 * change leak backwards; the utterance scores say when the speaker actually changed.
 */
function onsetPosition(series: SmoothedSeries, move: Move, fraction: number): number {
  const reference = series.smoothed[move.from]!;
  const needed = fraction * move.magnitude;
  const sign = move.direction === 'drop' ? -1 : 1;
  for (let i = move.from + 1; i <= move.to; i++) {
    if (sign * (series.denoised[i]! - reference) >= needed) return i;
  }
  return Math.min(move.from + 1, move.to);
}
