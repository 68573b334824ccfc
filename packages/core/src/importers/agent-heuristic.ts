import type { SourceTurn } from './source-transcript.js';

/*
 * Which speaker is the agent, when the source does not say and no --agent-speaker was given.
 *
 * Each speaker gets a score:
 *   +3  for an opening phrase in one of their first three turns ("thank you for calling",
 *       "how can I help", "you've reached", "welcome to" ...): agents open calls with a script;
 *   +1  for every agent-vocabulary phrase in any of their turns ("let me check", "is there
 *       anything else", "for verification", "I apologize for" ...);
 *   -1  for every customer-vocabulary phrase ("I'm calling about", "my bill", "I was charged" ...);
 *   +1  for speaking first, unless the call is known to be outbound (on an inbound call the
 *       agent answers; on an outbound call the customer usually picks up with "hello?").
 * Only the first 40 turns are read: roles show early, and long calls stay cheap to import.
 * The highest score is the agent; a tie goes to the speaker heard first. Every other speaker
 * is a customer. The evidence is written to provenance so a reviewer can check it, and
 * `--agent-speaker` overrides it.
 */

const OPENING_PHRASES = [
  'thank you for calling',
  'thanks for calling',
  'thank you for contacting',
  'welcome to',
  "you've reached",
  'you have reached',
  'how can i help',
  'how may i help',
  'how can i assist',
  'how may i assist',
  'what can i do for you',
  'how can i direct your call',
];

const AGENT_PHRASES = [
  'let me check',
  'let me pull up',
  'let me look',
  'let me see what',
  'i can help',
  "i'd be happy to",
  'i would be happy to',
  "i'll be happy to",
  'is there anything else',
  'for verification',
  'verify your',
  'can i have your',
  'could i have your',
  'may i have your',
  'can i get your',
  'i apologize for',
  'bear with me',
  'one moment',
  'on your account',
  "i've gone ahead",
  "i'll go ahead",
  'i have processed',
  "i've processed",
  'have a great day',
  'have a wonderful day',
  'i understand your frustration',
  'i completely understand',
];

const CUSTOMER_PHRASES = [
  "i'm calling about",
  'i am calling about',
  "i'm calling because",
  'i am calling because',
  "i'm calling to",
  'i am calling to',
  'i want to cancel',
  'i was charged',
  'why was i charged',
  'my bill',
  'my order',
  "i've been waiting",
  'i have been waiting',
  'can you help me',
];

const TURNS_READ = 40;

export interface HeuristicVerdict {
  agentLabel: string;
  detail: string;
}

interface SpeakerScore {
  label: string;
  score: number;
  turnsSeen: number;
  evidence: string[];
}

function countPhrases(text: string, phrases: readonly string[], found: string[]): number {
  let count = 0;
  for (const phrase of phrases) {
    if (text.includes(phrase)) {
      count++;
      found.push(phrase);
    }
  }
  return count;
}

/** Normalizes typographic apostrophes so "you’ve reached" matches. */
function normalize(text: string): string {
  return text.toLowerCase().replaceAll('\u2019', "'");
}

export function guessAgent(turns: readonly SourceTurn[], direction: 'inbound' | 'outbound' | undefined): HeuristicVerdict {
  const scores = new Map<string, SpeakerScore>();
  for (const turn of turns.slice(0, TURNS_READ)) {
    let entry = scores.get(turn.label);
    if (!entry) {
      entry = { label: turn.label, score: 0, turnsSeen: 0, evidence: [] };
      scores.set(turn.label, entry);
    }
    const text = normalize(turn.text);
    if (entry.turnsSeen < 3) {
      const openings: string[] = [];
      if (countPhrases(text, OPENING_PHRASES, openings) > 0) {
        entry.score += 3;
        entry.evidence.push(`opening "${openings[0]}" in turn ${entry.turnsSeen + 1}`);
      }
    }
    entry.turnsSeen++;
    const agentFound: string[] = [];
    const customerFound: string[] = [];
    entry.score += countPhrases(text, AGENT_PHRASES, agentFound);
    entry.score -= countPhrases(text, CUSTOMER_PHRASES, customerFound);
    for (const p of agentFound) entry.evidence.push(`agent phrase "${p}"`);
    for (const p of customerFound) entry.evidence.push(`customer phrase "${p}"`);
  }
  const ranked = [...scores.values()];
  const first = ranked[0];
  if (!first) throw new Error('guessAgent needs at least one turn');
  if (direction !== 'outbound') {
    first.score += 1;
    first.evidence.push('spoke first');
  }
  // stable sort keeps first-heard order among equal scores
  ranked.sort((a, b) => b.score - a.score);
  const best = ranked[0] ?? first;
  const runnerUp = ranked[1];
  const evidence = best.evidence.length > 0 ? best.evidence.slice(0, 4).join(', ') : 'no evidence';
  const versus = runnerUp ? `; next "${runnerUp.label}" scored ${runnerUp.score}` : '; only speaker';
  return {
    agentLabel: best.label,
    detail: `speaker "${best.label}" scored ${best.score} (${evidence})${versus}`,
  };
}
