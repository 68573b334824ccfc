import { BUILT_IN_STAGE_CONFIGS } from '../stages/built-in-stage-configs.js';

/** Stage ids in the order the built-in configurations list them (each call type's order merged). */
export function builtInStageOrder(): string[] {
  const order: string[] = [];
  for (const config of Object.values(BUILT_IN_STAGE_CONFIGS.callTypes)) {
    config.stages.forEach((stage, i) => {
      if (order.includes(stage.id)) return;
      // Insert after the stage that precedes it in this config, so e.g. `offer` lands before `resolution`.
      const before = config.stages.slice(0, i).map((s) => s.id).filter((id) => order.includes(id)).pop();
      order.splice(before === undefined ? 0 : order.indexOf(before) + 1, 0, stage.id);
    });
  }
  return order;
}

/**
 * Stages in call order: known stages in configuration order; stages from custom configurations after them,
 * by the mean relative position (0-1) of the inflections seen in them, then by id.
 */
export function orderStages(stages: Iterable<string>, meanPosition: ReadonlyMap<string, number>, known: readonly string[] = builtInStageOrder()): string[] {
  const rank = (s: string) => {
    const i = known.indexOf(s);
    return i === -1 ? known.length : i;
  };
  return [...new Set(stages)].sort(
    (a, b) => rank(a) - rank(b) || (meanPosition.get(a) ?? 1) - (meanPosition.get(b) ?? 1) || a.localeCompare(b),
  );
}
