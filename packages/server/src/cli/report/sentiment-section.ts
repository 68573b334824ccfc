import type { Arc, Call, Inflection, SentimentAnalysis } from '@undertone/core';
import { clock, truncate } from './format.js';
import { sparkline } from './sparkline.js';

export interface SentimentSectionOptions {
  /** Sparkline width in characters (default 40). */
  width?: number;
  /** Wrap rises and improvements in green, drops and declines in red (ANSI). */
  color?: boolean;
  /** Lines printed right under the arcs (e.g. the stage strip on the same time grid). */
  underArcs?: readonly string[];
  /** Extra lines under each inflection (e.g. its stage and what the agent did just before). */
  inflectionDetail?: (inflection: Inflection) => readonly string[];
}

const QUOTE_CHARS = 80;
const SPEAKER_COLUMN = 8;

/** The sentiment part of the human report: one arc line per speaker, then the inflections with quotes. */
export function renderSentimentSection(analysis: SentimentAnalysis, call: Call, opts: SentimentSectionOptions = {}): string {
  const width = opts.width ?? 40;
  const paint = painter(opts.color === true);
  const durationMs = call.utterances.reduce((m, u) => Math.max(m, u.endMs), call.durationMs ?? 0);
  const lines = [`Sentiment  (model ${analysis.model.name} ${analysis.model.version})`];
  for (const speaker of ['customer', 'agent'] as const) {
    lines.push(arcLine(speaker, analysis.arcs[speaker], durationMs, width, paint));
    const note = arcNote(analysis.arcs[speaker]);
    if (note) lines.push(`  ${' '.repeat(SPEAKER_COLUMN)} ${note}`);
  }
  lines.push(...(opts.underArcs ?? []));
  lines.push(analysis.inflections.length === 0 ? '  no inflections' : '  inflections');
  for (const inflection of analysis.inflections) {
    lines.push(inflectionLine(inflection, call, paint));
    lines.push(...(opts.inflectionDetail?.(inflection) ?? []));
  }
  return lines.join('\n');
}

type Paint = (text: string, tone: 'good' | 'bad' | 'plain') => string;

function painter(color: boolean): Paint {
  if (!color) return (text) => text;
  return (text, tone) => (tone === 'good' ? `\x1b[32m${text}\x1b[39m` : tone === 'bad' ? `\x1b[31m${text}\x1b[39m` : text);
}

function arcLine(speaker: string, arc: Arc, durationMs: number, width: number, paint: Paint): string {
  const tone = arc.trend.includes('improving') ? 'good' : arc.trend.includes('declining') ? 'bad' : 'plain';
  return [
    `  ${speaker.padEnd(SPEAKER_COLUMN)}`,
    sparkline(overTime(arc, durationMs, width), width),
    ` ${signed(arc.entry)} → ${signed(arc.exit)}`,
    ` Δ ${signed(arc.delta)}`,
    ` ${paint(words(arc.trend), tone)}`,
    ` ${words(arc.pattern)}`,
  ].join(' ');
}

/** The arc laid on a time grid: each column holds the latest smoothed score by the end of its slice of the call, blank before the speaker first spoke. */
function overTime(arc: Arc, durationMs: number, width: number): number[] {
  if (arc.points.length === 0 || durationMs <= 0) return [];
  let next = 0;
  let current = Number.NaN;
  return Array.from({ length: width }, (_, c) => {
    const sliceEnd = ((c + 1) * durationMs) / width;
    while (next < arc.points.length && arc.points[next]!.atMs <= sliceEnd) current = arc.points[next++]!.score;
    return current;
  });
}

function arcNote(arc: Arc): string | null {
  const notes: string[] = [];
  if (arc.finalThirdDrop.flagged && arc.finalThirdDrop.atMs !== null) {
    notes.push(`fell ${Math.round(arc.finalThirdDrop.points)} points in the final third from ${clock(arc.finalThirdDrop.atMs)}`);
  }
  if (arc.recovery.achieved && arc.recovery.troughAtMs !== null) {
    notes.push(`recovered from ${signed(arc.recovery.troughScore)} at ${clock(arc.recovery.troughAtMs)}`);
  }
  return notes.length > 0 ? notes.join('; ') : null;
}

function inflectionLine(inflection: Inflection, call: Call, paint: Paint): string {
  const text = call.utterances[inflection.utteranceIndex]?.text ?? '';
  const change = inflection.direction === 'drop' ? -inflection.magnitude : inflection.magnitude;
  const tone = inflection.direction === 'drop' ? 'bad' : 'good';
  return `    ${clock(inflection.atMs)}  ${inflection.speaker.padEnd(SPEAKER_COLUMN)}  ${paint(inflection.direction.padEnd(4), tone)}  ${signed(change)}  "${truncate(text, QUOTE_CHARS)}"`;
}

function signed(value: number | null): string {
  if (value === null) return 'n/a';
  const fixed = value.toFixed(2);
  return value >= 0 || fixed === '-0.00' ? `+${fixed.replace('-', '')}` : fixed;
}

function words(label: string): string {
  return label.replace(/_/g, ' ');
}
