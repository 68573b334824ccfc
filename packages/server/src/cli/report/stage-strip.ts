import type { StageSpan } from '@undertone/core';

/** One letter per built-in stage; custom stages get the first free letter of their id. */
export const STAGE_LETTERS: Readonly<Record<string, string>> = {
  opening: 'O',
  verification: 'V',
  discovery: 'D',
  hold: 'H',
  transfer: 'T',
  pricing: 'P',
  objection: 'J',
  resolution: 'R',
  closing: 'C',
  offer: 'F',
  payment_arrangement: 'A',
};

/** Stages in order of first appearance with their letters, unique within the strip. */
export function stageLetters(spans: readonly StageSpan[]): Map<string, string> {
  const stages = [...new Set(spans.map((s) => s.stage))];
  const letters = new Map<string, string>();
  const taken = new Set(stages.map((s) => STAGE_LETTERS[s]).filter((l): l is string => l !== undefined));
  for (const stage of stages) {
    const known = STAGE_LETTERS[stage];
    if (known) {
      letters.set(stage, known);
      continue;
    }
    const candidates = [...stage.toUpperCase().replace(/[^A-Z0-9]/g, ''), ...'XYZWQKLMNGIEUBS'];
    const free = candidates.find((c) => !taken.has(c)) ?? '?';
    taken.add(free);
    letters.set(stage, free);
  }
  return letters;
}

/** Each span runs until the next one starts (silence belongs to the stage before it); the first from 0, the last to the end. */
function timeSegments(spans: readonly StageSpan[], durationMs: number): Array<{ stage: string; from: number; to: number }> {
  return spans.map((span, k) => ({
    stage: span.stage,
    from: k === 0 ? 0 : span.startMs,
    to: k === spans.length - 1 ? Math.max(durationMs, span.endMs) : (spans[k + 1]?.startMs ?? span.endMs),
  }));
}

/**
 * The stage strip: `width` columns over the call's time, like the sentiment sparklines (column c
 * covers [c, c+1) × durationMs / width). Each column shows the stage that fills most of it; a span
 * too short to win any column (a brief hold) still takes the column at its middle, unless that
 * would erase another stage from the strip.
 */
export function renderStageStripLine(spans: readonly StageSpan[], durationMs: number, width: number): string {
  if (!Number.isInteger(width) || width < 1) {
    throw new RangeError(`stage strip width must be a positive whole number of characters, got ${width}; pass the sparkline width`);
  }
  if (spans.length === 0 || !(durationMs > 0)) return ' '.repeat(width);
  const letters = stageLetters(spans);
  const segments = timeSegments(spans, durationMs);
  const slice = durationMs / width;
  const owner = Array.from({ length: width }, (_, c) => {
    const from = c * slice;
    const to = from + slice;
    let best = 0;
    let bestOverlap = -1;
    segments.forEach((seg, k) => {
      const overlap = Math.min(to, seg.to) - Math.max(from, seg.from);
      if (overlap > bestOverlap) {
        best = k;
        bestOverlap = overlap;
      }
    });
    return best;
  });
  segments.forEach((seg, k) => {
    if (owner.includes(k)) return;
    const column = Math.min(width - 1, Math.max(0, Math.floor((seg.from + seg.to) / 2 / slice)));
    const displaced = owner[column] ?? k;
    if (owner.filter((o) => o === displaced).length > 1) owner[column] = k;
  });
  return owner.map((k) => letters.get(segments[k]?.stage ?? '') ?? '?').join('');
}

/** `O=opening  D=discovery  H=hold`: the letters used, in order of first appearance. */
export function renderStageLegend(spans: readonly StageSpan[]): string {
  const letters = stageLetters(spans);
  if (letters.size === 0) return 'no stages';
  return [...letters].map(([stage, letter]) => `${letter}=${stage}`).join('  ');
}

/** The strip and its legend, two lines. */
export function renderStageStrip(spans: readonly StageSpan[], durationMs: number, width: number): string {
  return `${renderStageStripLine(spans, durationMs, width)}\n${renderStageLegend(spans)}`;
}
