import type { Inflection, StageSpan } from '@undertone/core';
import { clock, truncate } from './format.js';
import { renderStageLegend, renderStageStripLine } from './stage-strip.js';

const QUOTE_CHARS = 60;
/** Same label column as the sentiment sparklines, so the strip lines up under them. */
const LABEL_COLUMN = 8;

/**
 * The lines printed under an inflection: what the agent did just before, best-ranked first.
 * Nothing when the inflection was never attributed.
 */
export function renderPrecedingList(inflection: Inflection): string[] {
  if (inflection.preceding === undefined) return [];
  if (inflection.preceding.length === 0) return ['    preceded by: no agent behavior detected'];
  return inflection.preceding.map(
    (p) => `    preceded by: ${p.behavior} @${clock(p.atMs)} "${truncate(p.quote, QUOTE_CHARS)}"`,
  );
}

/** Lines that go right under the sentiment sparklines: the stage strip on the same time grid, its legend, the behavior set. */
export function renderStageLines(spans: readonly StageSpan[], durationMs: number, width: number, behaviorSet?: readonly string[]): string[] {
  const lines = [
    `  ${'stages'.padEnd(LABEL_COLUMN)} ${renderStageStripLine(spans, durationMs, width)}`,
    `  ${' '.repeat(LABEL_COLUMN)} ${renderStageLegend(spans)}`,
  ];
  if (behaviorSet) lines.push(`  behaviors  ${behaviorSet.length > 0 ? behaviorSet.join(', ') : 'none detected'}`);
  return lines;
}

/** Under one inflection: the stage it happened in, then what preceded it. */
export function renderInflectionDetail(inflection: Inflection): string[] {
  const lines = inflection.stage ? [`    stage: ${inflection.stage.replace(/_/g, ' ')}`] : [];
  return [...lines, ...renderPrecedingList(inflection)].map((l) => `  ${l}`);
}
