import { describe, expect, it } from 'vitest';
import type { Call, Utterance } from '../call/call.js';
import { behaviorCatalogSchema } from './catalog-schema.js';
import { detectBehaviors } from './detect-behaviors.js';
import { normalizeText } from './normalize.js';

const agent = (text: string, startMs = 0, endMs = startMs + 2000): Utterance => ({ speaker: 'agent', startMs, endMs, text });
const customer = (text: string, startMs = 0, endMs = startMs + 2000): Utterance => ({ speaker: 'customer', startMs, endMs, text });
const callOf = (...utterances: Utterance[]): Call => ({ id: 'c', agent: { id: 'a' }, utterances });
const found = (call: Call) => {
  const { behaviors, signals } = detectBehaviors(call);
  return [...behaviors, ...signals];
};
const idsIn = (text: string, speaker: 'agent' | 'customer' = 'agent') =>
  found(callOf(speaker === 'agent' ? agent(text) : customer(text))).map((d) => d.id);

describe('normalization', () => {
  it('expands contractions, written and mangled', () => {
    expect(normalizeText("I'm sure we can't, don't worry").tokens.map((t) => t.word)).toEqual(['i', 'am', 'sure', 'we', 'can', 'not', 'do', 'not', 'worry']);
    expect(normalizeText('im gonna check dont hang up').tokens.map((t) => t.word)).toEqual(['i', 'am', 'going', 'to', 'check', 'do', 'not', 'hang', 'up']);
  });

  it('drops fillers but keeps "like" and "you know" where they carry meaning', () => {
    expect(normalizeText('um so uh i i totally like get that').tokens.map((t) => t.word)).toEqual(['so', 'i', 'totally', 'get', 'that']);
    expect(normalizeText("I'd like to help, do you know the number").tokens.map((t) => t.word)).toEqual(['i', 'would', 'like', 'to', 'help', 'do', 'you', 'know', 'the', 'number']);
  });

  it('reads ASR\'s "id" as "i would" only before a verb, never as the noun', () => {
    const words = (text: string) => normalizeText(text).tokens.map((t) => t.word);
    expect(words('id like to help')).toEqual(['i', 'would', 'like', 'to', 'help']);
    expect(words('so id be happy to')).toEqual(['so', 'i', 'would', 'be', 'happy', 'to']);
    expect(words('can i have your id number')).toEqual(['can', 'i', 'have', 'your', 'id', 'number']);
    expect(words('bring a photo id be sure')).toEqual(['bring', 'a', 'photo', 'id', 'be', 'sure']);
    const quoted = normalizeText('ok id recommend it').tokens[1]!;
    expect([quoted.word, quoted.start, quoted.end]).toEqual(['i', 3, 5]);
  });

  it('marks clause starts at punctuation and after discourse markers', () => {
    const text = normalizeText('okay can you hear me. yes');
    expect(text.clauseStart).toEqual([true, true, false, false, false, true]);
  });
});

describe('phrase behaviors generalize past exact phrases', () => {
  it('matches the same acknowledgment written, contracted and as unpunctuated ASR', () => {
    expect(idsIn("I'm so sorry to hear that, it must've been really stressful.")).toContain('empathy');
    expect(idsIn('im so sorry to hear that it must have been really stressful')).toContain('empathy');
    expect(idsIn('uh i totally um understand how frustrating that is')).toContain('empathy');
  });

  it('tells a negated acknowledgment from empathy', () => {
    const dismissive = idsIn('um i totally get that uh but the system wont let me');
    expect(dismissive).toContain('dismissive_acknowledgment');
    expect(dismissive).not.toContain('empathy');
    expect(idsIn('I understand your frustration, however that is our policy.')).toContain('dismissive_acknowledgment');
  });

  it('ignores hard negatives', () => {
    expect(idsIn('I understand the new plan costs more.')).not.toContain('empathy');
    expect(idsIn('sorry can you repeat that')).not.toContain('apology');
    expect(idsIn('anything else on the bill?', 'customer')).toEqual([]);
    expect(idsIn('I moved to a new apartment last month.', 'customer')).not.toContain('churn_intent');
  });

  it('detects customer signals', () => {
    expect(idsIn('honestly if i get charged again im cancelling everything', 'customer')).toContain('churn_intent');
    expect(idsIn('let me talk to your supervisor', 'customer')).toContain('escalation_request');
    expect(idsIn('wait what does that mean', 'customer')).toContain('confusion');
  });

  it('does not detect agent behaviors in customer turns, nor signals in agent turns', () => {
    expect(idsIn('im so sorry to hear that', 'customer')).not.toContain('empathy');
    expect(idsIn('this is ridiculous')).not.toContain('complaint');
  });
});

describe('detections', () => {
  it('quotes the matched span in the original text, not the whole turn', () => {
    const [d] = found(callOf(agent("Okay, thanks. I'll make sure the refund goes through by Friday, alright?"))).filter((x) => x.id === 'ownership');
    expect(d!.quote).toBe("I'll make sure");
  });

  it('uses the word time when the utterance has word timings', () => {
    const timed = (text: string): Utterance => ({
      speaker: 'agent',
      startMs: 1000,
      endMs: 3000,
      text,
      words: text.split(' ').map((word, i) => ({ text: word, startMs: 1000 + i * 300, endMs: 1250 + i * 300 })),
    });
    expect(found(callOf(timed('so to recap we fixed it'))).find((d) => d.id === 'recap')!.startMs).toBe(1000);
    expect(found(callOf(timed('okay great i will fix it'))).find((d) => d.id === 'ownership')!.startMs).toBe(1600);
  });

  it('returns behaviors and signals sorted by time', () => {
    const { behaviors, signals } = detectBehaviors(
      callOf(customer('this is unacceptable and i want to cancel', 0), agent('i am so sorry about that let me take care of it', 3000), customer('i called yesterday too', 6000)),
    );
    expect(behaviors.map((d) => d.startMs)).toEqual([...behaviors.map((d) => d.startMs)].sort((a, b) => a - b));
    expect(signals.map((d) => d.id)).toEqual(expect.arrayContaining(['complaint', 'churn_intent', 'repeat_contact']));
    expect(signals.every((d) => d.speaker === 'customer')).toBe(true);
  });
});

describe('timing behaviors', () => {
  it('flags an interruption only above the minimum overlap, and the minimum is configurable', () => {
    const call = callOf(customer('so i was saying the bill went up', 0, 5000), agent('okay so here is what happened', 4600, 8000));
    expect(found(call).map((d) => d.id)).not.toContain('interruption');
    expect(detectBehaviors(call, { config: { interruptionMinOverlapMs: 300 } }).behaviors.map((d) => d.id)).toContain('interruption');
  });

  it('ignores backchannels spoken over the customer', () => {
    const call = callOf(customer('so i was saying the bill went up again', 0, 6000), agent('mhm right', 2000, 3500));
    expect(found(call).map((d) => d.id)).not.toContain('interruption');
  });

  it('separates dead air, an announced hold and a hold without permission', () => {
    const deadAir = callOf(agent('let me check', 0, 1000), agent('okay found it', 13_000, 14_000));
    expect(found(deadAir).map((d) => d.id)).toEqual(expect.arrayContaining(['dead_air']));
    expect(found(deadAir).map((d) => d.id)).not.toContain('hold_without_permission');

    const announced = callOf(agent('can i place you on a quick hold', 0, 1000), customer('sure', 1200, 1500), agent('thanks for holding', 60_000, 61_000));
    expect(found(announced).map((d) => d.id)).not.toEqual(expect.arrayContaining(['dead_air']));
    expect(found(announced).map((d) => d.id)).not.toContain('hold_without_permission');

    const silent = callOf(agent('okay let me look into this', 0, 1000), agent('alright', 45_000, 46_000));
    const hold = found(silent).find((d) => d.id === 'hold_without_permission')!;
    expect(hold.utteranceIndex).toBe(0);
  });

  it('flags policy cited before any acknowledgment of a complaint, quoting the citation', () => {
    const policyFirst = found(callOf(customer('this is ridiculous i was charged twice', 0), agent('okay so unfortunately our policy is no refunds', 2500)));
    const d = policyFirst.find((x) => x.id === 'policy_before_acknowledgment')!;
    expect(d.utteranceIndex).toBe(1);
    expect(d.quote).toBe('unfortunately our policy');
    const ackFirst = found(callOf(customer('this is ridiculous i was charged twice', 0), agent("i'm so sorry about that, unfortunately our policy is no refunds", 2500)));
    expect(ackFirst.map((x) => x.id)).not.toContain('policy_before_acknowledgment');
  });
});

describe('guards', () => {
  const catalog = behaviorCatalogSchema.parse({
    entries: [
      {
        id: 'policy_citing',
        kind: 'behavior',
        speaker: 'agent',
        description: 'cites policy',
        patterns: ['our policy'],
        guards: [{ pattern: '(policy number|policy (holder|document))', window: 2 }, { pattern: '^ (is|was) *3 our policy' }],
      },
    ],
  });
  const ids = (text: string) => detectBehaviors(callOf(agent(text)), { catalog }).behaviors.map((d) => d.id);

  it('cancels a match when a guard occurs within its window, and only then', () => {
    expect(ids('that is our policy')).toEqual(['policy_citing']);
    expect(ids('our policy number is on the letter')).toEqual([]);
    expect(ids('our policy holder can call')).toEqual([]);
    expect(ids('our policy says so and the number is on the policy document you have')).toEqual(['policy_citing']);
    expect(ids('is that really our policy')).toEqual([]);
  });
});
