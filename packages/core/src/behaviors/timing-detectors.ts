import type { Call } from '../call/call.js';
import type { Detection } from '../analysis/types.js';
import type { BehaviorConfig } from './config.js';
import type { CompiledEntry } from './compile-catalog.js';
import { timingDetection } from './detection-source.js';
import type { MatchText } from './match-text.js';
import { findSpans, matchesWholeText } from './phrase-matcher.js';

/** Utterance indices ordered by start time (importers usually sort, but overlap logic must not depend on it). */
export function byStartTime(call: Call): number[] {
  return call.utterances.map((_, i) => i).sort((a, b) => call.utterances[a]!.startMs - call.utterances[b]!.startMs || a - b);
}

const LOOKBACK_TURNS = 8;

/** The agent starts while the customer is still talking, by at least the minimum overlap, and says more than a backchannel. */
export function detectInterruptions(call: Call, entry: CompiledEntry, texts: MatchText[], config: BehaviorConfig): Detection[] {
  const order = byStartTime(call);
  const out: Detection[] = [];
  order.forEach((index, position) => {
    const agent = call.utterances[index]!;
    if (agent.speaker !== 'agent') return;
    // Only the last few turns can still be running when this one starts.
    for (let p = position - 1; p >= Math.max(0, position - LOOKBACK_TURNS); p--) {
      const customer = call.utterances[order[p]!]!;
      if (customer.speaker !== 'customer' || customer.endMs <= agent.startMs) continue;
      const overlap = Math.min(customer.endMs, agent.endMs) - agent.startMs;
      if (overlap >= config.interruptionMinOverlapMs) {
        // A backchannel ("mhm") over the customer is not an interruption; checked only here, where it matters.
        if (!matchesWholeText(entry.ignore, texts[index]!)) out.push(timingDetection(entry.entry.id, call.utterances, index));
        return;
      }
    }
  });
  return out;
}

interface Silence { afterIndex: number; durationMs: number; lastAgentIndex: number | undefined }

function silences(call: Call, minMs: number): Silence[] {
  const order = byStartTime(call);
  const out: Silence[] = [];
  let latestEnd = -Infinity;
  let latestEndIndex = -1;
  let lastAgentIndex: number | undefined;
  for (const index of order) {
    const u = call.utterances[index]!;
    if (latestEndIndex >= 0 && u.startMs - latestEnd >= minMs) {
      out.push({ afterIndex: latestEndIndex, durationMs: u.startMs - latestEnd, lastAgentIndex });
    }
    if (u.endMs > latestEnd) {
      latestEnd = u.endMs;
      latestEndIndex = index;
    }
    if (u.speaker === 'agent') lastAgentIndex = index;
  }
  return out;
}

function announcedHold(hold: CompiledEntry | undefined, texts: MatchText[], agentIndex: number | undefined): boolean {
  if (!hold || agentIndex === undefined) return false;
  const text = texts[agentIndex]!;
  return hold.announcements.some((pattern) => findSpans(pattern, text).length > 0);
}

/** Silence of at least the dead-air minimum that the agent did not announce as a hold; points at the utterance before the silence. */
export function detectDeadAir(call: Call, entry: CompiledEntry, hold: CompiledEntry | undefined, texts: MatchText[], config: BehaviorConfig): Detection[] {
  return silences(call, config.deadAirMinMs)
    .filter((s) => !announcedHold(hold, texts, s.lastAgentIndex))
    .map((s) => timingDetection(entry.entry.id, call.utterances, s.afterIndex));
}

/** A long unannounced silence after the agent has spoken; points at the agent's last utterance before it. */
export function detectHoldsWithoutPermission(call: Call, entry: CompiledEntry, texts: MatchText[], config: BehaviorConfig): Detection[] {
  return silences(call, config.holdMinMs)
    .filter((s) => s.lastAgentIndex !== undefined && !announcedHold(entry, texts, s.lastAgentIndex))
    .map((s) => timingDetection(entry.entry.id, call.utterances, s.lastAgentIndex!));
}
