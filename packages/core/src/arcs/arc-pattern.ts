import type { ArcPattern } from '../analysis/types.js';
import type { ArcConfig } from './arc-config.js';
import type { Move } from './turning-points.js';

/**
 * The shape of an arc from its significant moves (the same moves that become inflections):
 * none -> flat; volatileMinMoves or more -> volatile; one rise -> rising; one drop -> declining;
 * rise then drop -> spike_and_drop; drop then rise -> recovery when the recovery test passed,
 * otherwise rising/declining by the net change, or volatile when it came back to about where it began.
 */
export function classifyPattern(
  moves: readonly Move[],
  netChange: number,
  recoveryAchieved: boolean,
  config: ArcConfig,
): ArcPattern {
  const [first, second] = moves;
  if (!first) return 'flat';
  if (moves.length >= config.pattern.volatileMinMoves) return 'volatile';
  if (!second) return first.direction === 'rise' ? 'rising' : 'declining';
  if (first.direction === 'rise') return 'spike_and_drop';
  if (recoveryAchieved) return 'recovery';
  if (netChange >= config.inflection.minMagnitude) return 'rising';
  if (netChange <= -config.inflection.minMagnitude) return 'declining';
  return 'volatile';
}
