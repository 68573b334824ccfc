/**
 * A light, deterministic inflection key: "cancelled", "cancelling", "cancels" and "cancel" share one key, as do
 * "charged"/"charges"/"charge" and "went"/"gone"/"go". Both the pattern word (`cancel+`) and each token go
 * through the same function, so the key only has to be consistent, not a real dictionary lemma.
 */
import { ownValue } from '../text/own-value.js';

const IRREGULAR: Record<string, string> = {
  went: 'go', gone: 'go', goes: 'go', did: 'do', done: 'do', does: 'do', got: 'get', gotten: 'get', sent: 'send',
  paid: 'pay', told: 'tell', said: 'say', made: 'make', took: 'take', taken: 'take', spoke: 'speak', spoken: 'speak',
  brought: 'bring', bought: 'buy', left: 'leave', lost: 'lose', broke: 'break', broken: 'break', came: 'come',
  gave: 'give', given: 'give', kept: 'keep', felt: 'feel', thought: 'think', heard: 'hear', was: 'be', were: 'be',
  been: 'be', is: 'be', are: 'be', am: 'be', has: 'have', had: 'have', ran: 'run', put: 'put', set: 'set',
  hung: 'hang', dropped: 'drop', stopped: 'stop', shut: 'shut', wrote: 'write', written: 'write', chose: 'choose',
  chosen: 'choose', sold: 'sell', fell: 'fall', fallen: 'fall', dealt: 'deal', meant: 'mean', began: 'begin',
  begun: 'begin', saw: 'see', seen: 'see', knew: 'know', known: 'know', ate: 'eat', spent: 'spend', won: 'win',
  stuck: 'stick', built: 'build', caught: 'catch', forgot: 'forget', forgotten: 'forget', typed: 'type',
  ripped: 'rip', messed: 'mess', billed: 'bill', worse: 'bad', worst: 'bad', better: 'good', best: 'good',
  children: 'child', people: 'person', men: 'man', women: 'woman',
};

const VOWEL = /[aeiouy]/;

function stripSuffix(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ied') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith('ing')) {
    const base = word.slice(0, -3);
    return base.length >= 2 && VOWEL.test(base) ? base : word;
  }
  if (word.endsWith('eed')) return word.length <= 5 ? word : word.slice(0, -1);
  if (word.endsWith('ed')) {
    const base = word.slice(0, -2);
    return base.length >= 3 && VOWEL.test(base) ? base : word.slice(0, -1);
  }
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Keys already computed; a pure function's results, so sharing them across calls changes nothing but speed. */
const known = new Map<string, string>();
const MAX_KNOWN = 50_000;

/** The inflection key of one normalized word. */
export function lemmaOf(word: string): string {
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const key = computeLemma(word);
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(word, key);
  return key;
}

function computeLemma(word: string): string {
  let key = ownValue(IRREGULAR, word) ?? stripSuffix(word);
  if (key.length > 3 && key.endsWith('e')) key = key.slice(0, -1);
  const last = key.length - 1;
  if (key.length > 3 && key[last] === key[last - 1] && !VOWEL.test(key[last]!)) key = key.slice(0, -1);
  return key;
}
