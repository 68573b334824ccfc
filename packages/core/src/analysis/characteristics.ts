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
  // For each speaker, the utterance of theirs that reaches furthest so far.
  const furthest = new Map<Speaker, Utterance>();
  utterances.forEach((u, index) => {
    let best: { of: Utterance; overlap: number } | undefined;
    for (const [speaker, other] of furthest) {
      if (speaker === u.speaker || other.endMs <= u.startMs || other.startMs >= u.startMs) continue;
      const overlap = Math.min(other.endMs, u.endMs) - u.startMs;
      if (overlap >= minOverlapMs && (!best || overlap > best.overlap)) best = { of: other, overlap };
    }
    if (best) found.push({ by: u.speaker, of: best.of.speaker, atMs: u.startMs, overlapMs: best.overlap, utteranceIndex: index });
    const current = furthest.get(u.speaker);
    if (!current || u.endMs > current.endMs) furthest.set(u.speaker, u);
  });
  return found;
}

/** The longest run of consecutive turns by one speaker, per speaker. */
function longestMonologues(utterances: Utterance[]): Partial<Record<Speaker, Monologue>> {
  const best: Partial<Record<Speaker, Monologue>> = {};
  let runStart = 0;
  for (let i = 1; i <= utterances.length; i++) {
    const endOfRun = i === utterances.length || utterances[i]!.speaker !== utterances[runStart]!.speaker;
    if (!endOfRun) continue;
    const first = utterances[runStart]!;
    const endMs = utterances.slice(runStart, i).reduce((m, u) => Math.max(m, u.endMs), 0);
    const candidate: Monologue = { speaker: first.speaker, startMs: first.startMs, endMs, durationMs: endMs - first.startMs, fromIndex: runStart, toIndex: i - 1 };
    const current = best[first.speaker];
    if (!current || candidate.durationMs > current.durationMs) best[first.speaker] = candidate;
    runStart = i;
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
