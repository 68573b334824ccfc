import type { Call, Speaker, Utterance } from '../call/call.js';
import type { Characteristics, Gap, Interruption, Monologue, SpeakerTalk } from './types.js';

export const CHARACTERISTICS_DEFAULTS = {
  /** Silence shorter than this is ordinary turn-taking, not non-talk time. */
  minGapMs: 3_000,
  /** Overlaps shorter than this are crosstalk at a turn boundary, not an interruption. */
  minOverlapMs: 200,
} as const;

export type CharacteristicsOptions = Partial<typeof CHARACTERISTICS_DEFAULTS>;

/** Talk time, non-talk gaps, interruptions, talk speed and longest monologue, from timestamps alone. */
export function computeCharacteristics(call: Call, options: CharacteristicsOptions = {}): Characteristics {
  const opts = { ...CHARACTERISTICS_DEFAULTS, ...options };
  const utterances = call.utterances;
  const lastEnd = utterances.reduce((m, u) => Math.max(m, u.endMs), 0);
  const durationMs = Math.max(call.durationMs ?? 0, lastEnd);
  const talk = talkBySpeaker(utterances);
  const instances = silentGaps(utterances, opts.minGapMs);
  const gapTotal = instances.reduce((sum, g) => sum + g.durationMs, 0);
  return {
    durationMs,
    talk,
    nonTalk: { totalMs: gapTotal, share: durationMs > 0 ? round(gapTotal / durationMs) : 0, instances },
    interruptions: interruptions(utterances, opts.minOverlapMs),
    longestMonologue: longestMonologues(utterances),
  };
}

function talkBySpeaker(utterances: Utterance[]): Partial<Record<Speaker, SpeakerTalk>> {
  const acc = new Map<Speaker, { talkMs: number; turns: number; words: number; coveredUntil: number }>();
  let previous: Speaker | undefined;
  for (const u of utterances) {
    const a = acc.get(u.speaker) ?? { talkMs: 0, turns: 0, words: 0, coveredUntil: 0 };
    // A speaker's own overlapping segments (channel splits) are counted once.
    const from = Math.max(u.startMs, a.coveredUntil);
    if (u.endMs > from) a.talkMs += u.endMs - from;
    a.coveredUntil = Math.max(a.coveredUntil, u.endMs);
    if (u.speaker !== previous) a.turns += 1;
    a.words += u.words?.length ?? countWords(u.text);
    acc.set(u.speaker, a);
    previous = u.speaker;
  }
  const totalTalk = [...acc.values()].reduce((sum, a) => sum + a.talkMs, 0);
  const out: Partial<Record<Speaker, SpeakerTalk>> = {};
  for (const [speaker, a] of acc) {
    out[speaker] = {
      talkMs: a.talkMs,
      talkShare: totalTalk > 0 ? round(a.talkMs / totalTalk) : 0,
      turns: a.turns,
      words: a.words,
      wordsPerMinute: a.talkMs > 0 ? Math.round((a.words / a.talkMs) * 60_000) : 0,
    };
  }
  return out;
}

/** Stretches where nobody speaks, at least `minGapMs` long. Utterances are assumed sorted by start. */
function silentGaps(utterances: Utterance[], minGapMs: number): Gap[] {
  const gaps: Gap[] = [];
  let coveredUntil = utterances[0]?.endMs ?? 0;
  for (let i = 1; i < utterances.length; i++) {
    const u = utterances[i]!;
    if (u.startMs - coveredUntil >= minGapMs) {
      gaps.push({ startMs: coveredUntil, endMs: u.startMs, durationMs: u.startMs - coveredUntil, afterIndex: i - 1 });
    }
    coveredUntil = Math.max(coveredUntil, u.endMs);
  }
  return gaps;
}

/** A speaker starting while someone else is still talking. Utterances are assumed sorted by start. */
function interruptions(utterances: Utterance[], minOverlapMs: number): Interruption[] {
  const found: Interruption[] = [];
  // For each speaker (in order of first appearance), the utterance of theirs that reaches furthest so far.
  const speakers: Speaker[] = [];
  const furthest: Utterance[] = [];
  for (let index = 0; index < utterances.length; index++) {
    const u = utterances[index]!;
    let bestOf: Utterance | undefined;
    let bestOverlap = 0;
    let own = -1;
    for (let k = 0; k < speakers.length; k++) {
      const other = furthest[k]!;
      if (speakers[k] === u.speaker) {
        own = k;
        continue;
      }
      if (other.endMs <= u.startMs || other.startMs >= u.startMs) continue;
      const overlap = Math.min(other.endMs, u.endMs) - u.startMs;
      if (overlap >= minOverlapMs && (!bestOf || overlap > bestOverlap)) {
        bestOf = other;
        bestOverlap = overlap;
      }
    }
    if (bestOf) found.push({ by: u.speaker, of: bestOf.speaker, atMs: u.startMs, overlapMs: bestOverlap, utteranceIndex: index });
    if (own < 0) {
      speakers.push(u.speaker);
      furthest.push(u);
    } else if (u.endMs > furthest[own]!.endMs) furthest[own] = u;
  }
  return found;
}

/** The longest run of consecutive turns by one speaker, per speaker. */
function longestMonologues(utterances: Utterance[]): Partial<Record<Speaker, Monologue>> {
  const best: Partial<Record<Speaker, Monologue>> = {};
  let runStart = 0;
  let endMs = 0;
  for (let i = 0; i < utterances.length; i++) {
    endMs = Math.max(endMs, utterances[i]!.endMs);
    const endOfRun = i + 1 === utterances.length || utterances[i + 1]!.speaker !== utterances[runStart]!.speaker;
    if (!endOfRun) continue;
    const first = utterances[runStart]!;
    const current = best[first.speaker];
    const durationMs = endMs - first.startMs;
    if (!current || durationMs > current.durationMs) {
      best[first.speaker] = { speaker: first.speaker, startMs: first.startMs, endMs, durationMs, fromIndex: runStart, toIndex: i };
    }
    runStart = i + 1;
    endMs = 0;
  }
  return best;
}

function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
