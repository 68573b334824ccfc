import type { Rng } from '../prng.js';
import type { Slots } from '../phrase.js';
import type { Scenario } from '../scenario.js';
import type { AgentTendencies } from '../tendencies.js';
import { writeDiscovery } from './discovery.js';
import { writeHold, writeMiddle } from './middle.js';
import { writeOpening, writeVerification } from './opening.js';
import type { CallFlags, Dialogue, ScriptTurn } from './script.js';
import { writeWrapUp } from './wrap-up.js';

export interface WrittenDialogue {
  turns: ScriptTurn[];
  moodTrace: number[];
  flags: CallFlags;
  finalMood: number;
  startMood: number;
}

/** Turns the wrap-up usually takes (resolution, recap, check, goodbye), reserved from the budget. */
const WRAP_UP_RESERVE = 7;

/** Writes a whole call as a list of turns, stage by stage, stretching discovery and the middle to fit `targetTurns`. */
export function writeDialogue(input: { rng: Rng; slots: Slots; scenario: Scenario; tendencies: AgentTendencies; direction: 'inbound' | 'outbound'; targetTurns: number }): WrittenDialogue {
  const { rng, scenario } = input;
  const startMood = rng.range(scenario.startMood[0], scenario.startMood[1]);
  const d: Dialogue = {
    ...input,
    tendencies: dispositionForCall(input.tendencies, rng),
    mood: startMood,
    moodTrace: [],
    turns: [],
    used: new Map(),
    flags: { escalationRequested: false, escalated: false, transferred: false, resolved: false, churned: false, signals: new Set() },
  };
  writeOpening(d);
  writeVerification(d);
  const remaining = Math.max(4, input.targetTurns - d.turns.length - WRAP_UP_RESERVE);
  const willHold = rng.chance(input.targetTurns > 60 ? 0.8 : 0.4);
  const holdTurns = willHold ? 3 : 0;
  const discoveryShare = rng.range(0.35, 0.55);
  writeDiscovery(d, d.turns.length + Math.max(2, Math.round((remaining - holdTurns) * discoveryShare)));
  if (willHold) writeHold(d);
  writeMiddle(d, Math.max(d.turns.length + 2, input.targetTurns - WRAP_UP_RESERVE));
  writeWrapUp(d);
  return { turns: d.turns, moodTrace: d.moodTrace, flags: d.flags, finalMood: d.mood, startMood };
}

/**
 * People have better and worse calls: for the warmth-related habits the agent is either "on" or "off"
 * for a whole call, with odds set by their tendency. This keeps per-call counts tracking the tendency
 * even though upset customers give more chances to acknowledge them.
 */
function dispositionForCall(t: AgentTendencies, rng: Rng): AgentTendencies {
  const out = { ...t };
  for (const key of ['empathy', 'dismissive', 'ownership'] as const) {
    const value = t[key];
    out[key] = rng.chance(value) ? Math.min(1, 0.45 + value * 0.55) : value * 0.2;
  }
  return out;
}
