import type { Trend } from '../analysis/types.js';
import type { ArcConfig } from './arc-config.js';

/**
 * Five-way trend from exit minus entry. Boundaries belong to the stronger class:
 * delta >= strong is `improving`, slight <= delta < strong is `slightly_improving`, and mirrored.
 * No delta (the speaker said nothing) is `no_change`.
 */
export function classifyTrend(delta: number | null, thresholds: ArcConfig['trend']): Trend {
  if (delta === null) return 'no_change';
  if (delta >= thresholds.strong) return 'improving';
  if (delta >= thresholds.slight) return 'slightly_improving';
  if (delta <= -thresholds.strong) return 'declining';
  if (delta <= -thresholds.slight) return 'slightly_declining';
  return 'no_change';
}
