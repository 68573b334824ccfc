import type { Call } from '../call/call.js';
import type { Detection, Inflection, PrecedingBehavior } from '../analysis/types.js';
import { DEFAULT_ATTRIBUTION_CONFIG, type AttributionConfig } from './attribution-config.js';
import { behaviorEffect } from './behavior-effects.js';
import { precedingAgentTurns } from './preceding-turns.js';

/**
 * Ranking within the preceding behaviors:
 *  1. proximity: behaviors in the most recent agent turn first (all behaviors of one turn are
 *     equally close);
 *  2. kind: a behavior whose known effect matches the shift (lowers before a drop, raises before
 *     a rise) first, then one with the opposite known effect, then neutral ones;
 *  3. later in the turn first, then behavior id, so the order is stable.
 */
function kindRank(behavior: string, direction: Inflection['direction']): number {
  const effect = behaviorEffect(behavior);
  if (effect === 'neutral') return 2;
  const matches = (effect === 'lowers') === (direction === 'drop');
  return matches ? 0 : 1;
}

function precedingFor(
  call: Call,
  inflection: Inflection,
  byUtterance: ReadonlyMap<number, Detection[]>,
  config: AttributionConfig,
): PrecedingBehavior[] {
  const turns = precedingAgentTurns(call, inflection, config);
  const ranked = turns.flatMap((utteranceIndex, proximity) =>
    (byUtterance.get(utteranceIndex) ?? []).map((d) => ({ d, proximity, kind: kindRank(d.id, inflection.direction) })),
  );
  ranked.sort(
    (a, b) => a.proximity - b.proximity || a.kind - b.kind || b.d.startMs - a.d.startMs || a.d.id.localeCompare(b.d.id),
  );
  return ranked
    .slice(0, config.maxPreceding)
    .map(({ d }) => ({ behavior: d.id, utteranceIndex: d.utteranceIndex, atMs: d.startMs, quote: d.quote }));
}

/** Agent detections per utterance, one per behavior id and utterance (the earliest). */
function indexAgentDetections(behaviors: readonly Detection[]): Map<number, Detection[]> {
  const byUtterance = new Map<number, Detection[]>();
  for (const detection of behaviors) {
    if (detection.speaker !== 'agent') continue;
    const list = byUtterance.get(detection.utteranceIndex) ?? [];
    const same = list.findIndex((d) => d.id === detection.id);
    if (same < 0) list.push(detection);
    else if (detection.startMs < (list[same]?.startMs ?? Infinity)) list[same] = detection;
    byUtterance.set(detection.utteranceIndex, list);
  }
  return byUtterance;
}

/**
 * Gives every inflection (drops and rises) the stage of its utterance and the ranked agent
 * behaviors that preceded it. Returns new inflections; the inputs are not changed.
 */
export function attributeInflections(
  call: Call,
  inflections: readonly Inflection[],
  behaviors: readonly Detection[],
  stagesByUtterance: readonly string[],
  config: AttributionConfig = DEFAULT_ATTRIBUTION_CONFIG,
): Inflection[] {
  const byUtterance = indexAgentDetections(behaviors);
  return inflections.map((inflection) => {
    const stage = stagesByUtterance[inflection.utteranceIndex];
    return {
      ...inflection,
      ...(stage !== undefined ? { stage } : {}),
      preceding: precedingFor(call, inflection, byUtterance, config),
    };
  });
}
