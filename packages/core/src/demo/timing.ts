import type { Utterance, Word } from '../call/call.js';
import type { Rng } from './prng.js';
import type { PauseKind, ScriptTurn } from './dialogue/script.js';

export interface Voice {
  wordsPerMinute: number;
}

/** Silence before a turn, by why the line was quiet. */
function gapMs(pause: PauseKind, rng: Rng): number {
  switch (pause) {
    case 'dead_air': return rng.int(7000, 22000);
    case 'announced_hold': return rng.int(40000, 150000);
    case 'unannounced_hold': return rng.int(20000, 80000);
    default: return Math.max(80, Math.round(rng.normal(650, 450)));
  }
}

function speakingMs(text: string, voice: Voice, rng: Rng): number {
  const words = text.split(/\s+/).filter((w) => w.length > 0).length;
  return Math.round((words / voice.wordsPerMinute) * 60000 * rng.range(0.85, 1.15) + 180);
}

interface TurnTiming {
  lengthMs: number;
  gapMs: number;
  /** Set when the turn starts before the previous one ends. */
  overlapMs?: number;
}

function layout(timings: readonly TurnTiming[], leadMs: number, gapScale: number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  let cursor = leadMs;
  let previous: { start: number; end: number } | undefined;
  for (const t of timings) {
    const start = t.overlapMs !== undefined && previous ? Math.max(previous.start + 400, previous.end - t.overlapMs) : cursor + t.gapMs * gapScale;
    const span = { start, end: start + t.lengthMs };
    spans.push(span);
    cursor = Math.max(cursor, span.end);
    previous = span;
  }
  return spans;
}

/**
 * Places turns on the call timeline: speaking time from each voice's pace, gaps between turns,
 * overlaps where someone talks over the other, long silences for dead air and holds.
 * With `targetDurationMs`, silences are stretched or shrunk first (speech keeps its pace) and only
 * what silence cannot absorb is made up by scaling the whole timeline, so the call ends exactly there.
 */
export function placeOnTimeline(turns: readonly ScriptTurn[], voices: { agent: Voice; customer: Voice }, rng: Rng, targetDurationMs?: number): { utterances: Utterance[]; durationMs: number } {
  const timings: TurnTiming[] = turns.map((turn, i) => {
    const lengthMs = speakingMs(turn.text, voices[turn.speaker], rng);
    if (turn.overlapsPrevious && i > 0) return { lengthMs, gapMs: 0, overlapMs: rng.int(350, 1400) };
    return { lengthMs, gapMs: gapMs(turn.pause, rng) };
  });
  const leadMs = rng.int(300, 1500);
  const tailMs = rng.int(300, 1200);
  const endOf = (spans: Array<{ end: number }>): number => spans.reduce((max, s) => Math.max(max, s.end), 0) + tailMs;

  let gapScale = 1;
  if (targetDurationMs !== undefined) {
    // Find the silence scale that lands closest to the target; end time grows with it monotonically.
    let low = 0.25;
    let high = 4;
    for (let i = 0; i < 30; i++) {
      const mid = (low + high) / 2;
      if (endOf(layout(timings, leadMs, mid)) < targetDurationMs) low = mid;
      else high = mid;
    }
    gapScale = (low + high) / 2;
  }
  const spans = layout(timings, leadMs, gapScale);
  const naturalEnd = endOf(spans);
  const scale = targetDurationMs !== undefined && naturalEnd > 0 ? targetDurationMs / naturalEnd : 1;
  const utterances = turns.map((turn, i): Utterance => {
    const span = spans[i] ?? { start: 0, end: 0 };
    const startMs = Math.round(span.start * scale);
    const endMs = Math.max(startMs + 1, Math.round(span.end * scale));
    return { speaker: turn.speaker, startMs, endMs, text: turn.text };
  });
  const lastEnd = utterances.reduce((max, u) => Math.max(max, u.endMs), 0);
  return { utterances, durationMs: Math.max(lastEnd, Math.round(naturalEnd * scale)) };
}

/** Word timings spread across the utterance in proportion to word length, as forced alignment roughly gives. */
export function wordTimings(utterance: Utterance): Word[] {
  const tokens = utterance.text.split(/\s+/).filter((w) => w.length > 0);
  const weights = tokens.map((t) => t.length + 2);
  const total = weights.reduce((a, b) => a + b, 0);
  const span = utterance.endMs - utterance.startMs;
  let at = utterance.startMs;
  return tokens.map((text, i) => {
    const length = (span * (weights[i] ?? 1)) / total;
    const word = { text, startMs: Math.round(at), endMs: Math.round(at + length) };
    at += length;
    return word;
  });
}
