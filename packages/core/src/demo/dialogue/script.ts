import type { Rng } from '../prng.js';
import { clamp } from '../prng.js';
import { expand, type Slots } from '../phrase.js';
import type { Scenario } from '../scenario.js';
import type { AgentTendencies } from '../tendencies.js';

/** Stages as the brief names them; troubleshooting counts as resolution work. */
export type DemoStage = 'opening' | 'verification' | 'discovery' | 'hold' | 'transfer' | 'pricing' | 'objection' | 'offer' | 'payment_arrangement' | 'resolution' | 'closing';

/** What was silent before a turn, which the timing step turns into gaps. */
export type PauseKind = 'normal' | 'dead_air' | 'announced_hold' | 'unannounced_hold';

/** One planned turn, before timing. `tags` are what the generator meant to happen: ground truth for benchmarks. */
export interface ScriptTurn {
  speaker: 'agent' | 'customer';
  text: string;
  stage: DemoStage;
  tags: string[];
  pause: PauseKind;
  /** The speaker starts before the previous turn ends. */
  overlapsPrevious: boolean;
}

export interface CallFlags {
  escalationRequested: boolean;
  escalated: boolean;
  transferred: boolean;
  resolved: boolean;
  churned: boolean;
  signals: Set<string>;
}

/** Mutable state while one call's dialogue is written. */
export interface Dialogue {
  rng: Rng;
  slots: Slots;
  scenario: Scenario;
  tendencies: AgentTendencies;
  direction: 'inbound' | 'outbound';
  /** Customer mood in [-1, 1]. */
  mood: number;
  moodTrace: number[];
  turns: ScriptTurn[];
  flags: CallFlags;
  targetTurns: number;
  /** Template indexes already used per list, so long calls do not repeat themselves. */
  used: Map<readonly string[], Set<number>>;
}

/** Picks a template from `list` that this call has not used yet (starting over once all are used), then expands it. */
export function fresh(d: Dialogue, list: readonly string[]): string {
  return expand(list[freshIndex(d, list)] ?? '', d.slots, d.rng);
}

/** Index of a template in `list` this call has not used yet; starts over once all are used. */
export function freshIndex(d: Dialogue, list: readonly string[]): number {
  let used = d.used.get(list);
  if (!used || used.size >= list.length) {
    used = new Set();
    d.used.set(list, used);
  }
  const open = list.map((_, i) => i).filter((i) => !used.has(i));
  const index = d.rng.pick(open);
  used.add(index);
  return index;
}

export function moodBand(mood: number): 0 | 1 | 2 | 3 {
  if (mood < -0.45) return 0;
  if (mood < -0.05) return 1;
  if (mood < 0.4) return 2;
  return 3;
}

export function shiftMood(d: Dialogue, delta: number): void {
  d.mood = clamp(d.mood + delta, -1, 1);
}

export function addTurn(d: Dialogue, turn: Omit<ScriptTurn, 'pause' | 'overlapsPrevious' | 'tags'> & Partial<Pick<ScriptTurn, 'pause' | 'overlapsPrevious' | 'tags'>>): ScriptTurn {
  const full: ScriptTurn = { pause: 'normal', overlapsPrevious: false, tags: [], ...turn };
  if (full.text.trim().length === 0) throw new Error(`demo dialogue produced an empty ${full.speaker} turn in stage ${full.stage}; check the template lists for empty entries`);
  d.turns.push(full);
  d.moodTrace.push(d.mood);
  return full;
}

export function lastTurn(d: Dialogue): ScriptTurn | undefined {
  return d.turns[d.turns.length - 1];
}
