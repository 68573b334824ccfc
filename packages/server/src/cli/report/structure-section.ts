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

export interface StructureSectionInput {
  spans: readonly StageSpan[];
  durationMs: number;
  inflections: readonly Inflection[];
  behaviorSet?: readonly string[];
}

function signed(value: number): string {
  return `${value < 0 ? '-' : '+'}${Math.abs(value).toFixed(2)}`;
}

/** Call structure for the human report: the stage strip, the behavior set, and each shift with its stage and what preceded it. */
export function renderStructureSection(input: StructureSectionInput, opts: { width?: number } = {}): string {
  const width = opts.width ?? 40;
  const lines = [
    'Structure',
    `  ${'stages'.padEnd(LABEL_COLUMN)} ${renderStageStripLine(input.spans, input.durationMs, width)}`,
    `  ${' '.repeat(LABEL_COLUMN)} ${renderStageLegend(input.spans)}`,
  ];
  if (input.behaviorSet) {
    lines.push(`  behaviors  ${input.behaviorSet.length > 0 ? input.behaviorSet.join(', ') : 'none detected'}`);
  }
  lines.push(input.inflections.length === 0 ? '  no sentiment shifts' : '  shifts');
  for (const inflection of input.inflections) {
    const change = inflection.direction === 'drop' ? -inflection.magnitude : inflection.magnitude;
    const where = inflection.stage ? `  in ${inflection.stage.replace(/_/g, ' ')}` : '';
    lines.push(`    ${clock(inflection.atMs)}  ${inflection.speaker.padEnd(LABEL_COLUMN)}  ${inflection.direction.padEnd(4)}  ${signed(change)}${where}`);
    lines.push(...renderPrecedingList(inflection).map((l) => `  ${l}`));
  }
  return lines.join('\n');
}
