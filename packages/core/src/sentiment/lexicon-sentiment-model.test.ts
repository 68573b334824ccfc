import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLexiconSentimentModel, getDefaultSentimentModel } from './lexicon-sentiment-model.js';

const model = createLexiconSentimentModel();
const s = (text: string, speaker?: 'agent' | 'customer' | 'other'): number => model.score(text, speaker).score;

describe('lexicon sentiment model: phenomena, both directions', () => {
  const higher: Array<[string, string, string]> = [
    ['negation softens a negative', 'not bad', 'bad'],
    ['negation flips a positive', 'good', 'not good'],
    ['intensifier strengthens', 'very good', 'good'],
    ['intensifier strengthens a negative', 'bad', 'extremely bad'],
    ['dampener weakens a positive', 'good', 'kind of good'],
    ['dampener weakens a negative', 'a bit annoying', 'annoying'],
    ['exclamation emphasises', 'great!!!', 'great'],
    ['ALL CAPS emphasises', 'this is GREAT', 'this is great'],
    ['elongation emphasises', 'soooo goood', 'so good'],
    ['contrast: clause after "but" dominates', 'it was bad but now it works great', 'it was great but now it is bad'],
    ['contrast: "although" clause weighs less', 'although it was slow, the result is excellent', 'although it was excellent, the result is slow'],
    ['"no problem" is reassurance', 'no problem', 'problem'],
  ];
  it.each(higher)('%s: "%s" > "%s"', (_name, a, b) => {
    expect(s(a)).toBeGreaterThan(s(b));
  });

  const negative: string[] = [
    'never once helpful',
    "wasn't helpful at all",
    "this is the third time I'm calling",
    'I already called yesterday about this',
    'I want to cancel my account',
    'close my account please',
    "I'm switching to another provider",
    'get me your supervisor',
    'I want to speak to a manager',
    "I've been on hold for an hour",
    'I was transferred five times',
    'I keep getting bounced around',
    'i mean its not working at all',
    'um so like you know it still doesnt work',
    'the agent was nice but the problem is still not fixed',
    'this is ridiculous 😡',
    'worst service ever :(',
    'I never received my refund',
  ];
  it.each(negative)('negative: "%s"', (text) => {
    expect(s(text)).toBeLessThan(0);
    expect(model.score(text).label).toBe('negative');
  });

  const positive: string[] = [
    'soooo happy 😍',
    'thank you so much, that fixed it',
    'great service, really helpful',
    'love it!!! #happy',
    'not bad at all',
    'works perfectly now :)',
    'the problem is solved, thanks',
  ];
  it.each(positive)('positive: "%s"', (text) => {
    expect(s(text)).toBeGreaterThan(0);
    expect(model.score(text).label).toBe('positive');
  });

  const nearNeutral: string[] = [
    'thank you for calling',
    'have a nice day',
    'is there anything else I can help you with',
    'thank you for calling, have a nice day',
    'how can I help you today',
  ];
  it.each(nearNeutral)('formulaic politeness in a service turn is near neutral, slightly positive at most: "%s"', (text) => {
    expect(s(text, 'agent')).toBeGreaterThanOrEqual(0);
    expect(s(text, 'agent')).toBeLessThan(0.3);
  });

  it('the same wish in a stand-alone post is meant, so it counts fully', () => {
    expect(s('Have a GREAT day!!!')).toBeGreaterThan(0.5);
    expect(s('have a great day', 'agent')).toBeLessThan(s('have a great day'));
  });

  it('"never ... so" and "never ... this" intensify instead of negating', () => {
    expect(s('I have never slept so well')).toBeGreaterThan(0);
    expect(s('never been so happy')).toBeGreaterThan(s('happy'));
    expect(s('never been this happy')).toBeGreaterThan(0);
    expect(s('I never slept well')).toBeLessThan(0);
  });

  it('laughter is not negated, and "how cool is that?" exclaims rather than asks', () => {
    expect(s("I'm not the latter lol")).toBeGreaterThan(0);
    expect(s('how cool is that?')).toBeGreaterThan(s('is it cool?'));
  });

  it('a customer restating or correcting an earlier request reads as dissatisfied', () => {
    expect(s('I meant the one in the east', 'customer')).toBeLessThan(0);
    expect(s('sorry, I wanted a table for two', 'customer')).toBeLessThan(0);
    expect(s('you said earlier there was one', 'customer')).toBeLessThan(0);
    expect(s('I also need a taxi', 'customer')).toBeGreaterThan(0);
    expect(s('I do not want a guesthouse', 'customer')).toBeLessThan(0);
  });

  it('"would like" requests, "like" evaluates', () => {
    expect(s('I would like a table for two')).toBe(0);
    expect(s('I like this place')).toBeGreaterThan(0);
  });

  it('politeness formulas score below genuine joy', () => {
    expect(s('thank you for calling')).toBeLessThan(s('I am so happy with this'));
  });

  it('contact-center cues score below the plain request', () => {
    expect(s('I want to cancel my account')).toBeLessThan(s('I want to check my account'));
    expect(s('I want to speak to a manager')).toBeLessThan(s('I want to speak to you'));
  });

  it('negated churn is weaker than churn', () => {
    expect(s("I don't want to cancel my account")).toBeGreaterThan(s('I want to cancel my account'));
  });

  it('a customer correcting or asking again is less satisfied than one accepting', () => {
    expect(s('No, I said the north, can you try again?', 'customer')).toBeLessThan(s('That sounds great, thanks.', 'customer'));
  });

  it('a customer asking for a retry, another option or insisting on a need is less satisfied than one moving on', () => {
    const movingOn = s('I also need a hotel in the north', 'customer');
    for (const retry of ['please try for one night', 'could you try for a cheaper one', 'I would prefer a different hotel', 'I do need free parking', 'I really need it by Friday']) {
      expect(s(retry, 'customer')).toBeLessThan(movingOn);
      expect(s(retry, 'customer')).toBeLessThan(0);
    }
    expect(s("I'll try that, thanks", 'customer')).toBeGreaterThan(0);
  });

  it('"not even" complains, except where no effort was needed', () => {
    expect(s("they didn't even call me back")).toBeLessThan(0);
    expect(s('it was not even switched on')).toBeLessThan(s('it was switched on'));
    expect(s("I didn't even have to wait")).toBeGreaterThan(0);
    expect(s("can't you just send it again?", 'customer')).toBeLessThan(s('can you send it?', 'customer'));
  });

  it('a customer question signals an unmet need only for customers', () => {
    expect(s('how do I do it?', 'customer')).toBeLessThan(0);
    expect(s('how do I do it?')).toBe(0);
  });

  it('scrapes of HTML entities and plain text with no sentiment are neutral', () => {
    expect(model.score('the meeting is at 3pm &gt; room 4').label).toBe('neutral');
    expect(s('')).toBe(0);
  });
});

describe('lexicon sentiment model: explanations', () => {
  it('names the drivers with notes', () => {
    const result = model.score('I want to cancel my account, this is not good');
    const texts = result.drivers.map((d) => d.text);
    expect(texts).toContain('cancel my account');
    const good = result.drivers.find((d) => d.text === 'good');
    expect(good?.note).toContain('negated');
    expect(good!.weight).toBeLessThan(0);
    expect(result.drivers.find((d) => d.text === 'cancel my account')?.note).toContain('churn');
  });

  it('returns no drivers for text without sentiment', () => {
    expect(model.score('the invoice number is 12345').drivers).toEqual([]);
  });
});

describe('lexicon sentiment model: contract', () => {
  it('is deterministic, bounded and labels consistently with the score', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.constantFrom(undefined, 'agent', 'customer', 'other' as const), (text, speaker) => {
        const a = model.score(text, speaker);
        const b = model.score(text, speaker);
        expect(a).toEqual(b);
        expect(a.score).toBeGreaterThanOrEqual(-1);
        expect(a.score).toBeLessThanOrEqual(1);
        expect(a.label).toBe(a.score > 0.05 ? 'positive' : a.score < -0.05 ? 'negative' : 'neutral');
      }),
    );
  });

  it('scores alike whatever it has seen before (it remembers words and chunks by their spelling)', () => {
    const spellings = fc.constantFrom('good', 'GOOD', 'Good', 'goooood', 'GOOOOD', "'good'", 'good!', 'good?', ':)', ':-)', 'not', 'NOT', 'bad,', 'BAD.', "don't", 'dont', '’cause', 'so', 'SOOO');
    fc.assert(
      fc.property(fc.array(fc.array(spellings, { maxLength: 8 }).map((w) => w.join(' ')), { minLength: 1, maxLength: 6 }), (texts) => {
        const warm = createLexiconSentimentModel();
        for (const text of texts) warm.score(text, 'customer');
        for (const text of texts) {
          const fresh = createLexiconSentimentModel();
          expect(warm.score(text)).toEqual(fresh.score(text));
          expect(warm.score(text, 'agent')).toEqual(fresh.score(text, 'agent'));
        }
      }),
    );
  });

  it('accepts extra valences and a custom neutral band', () => {
    const custom = createLexiconSentimentModel({ extraValences: { zorp: 3 }, neutralBand: 0.5 });
    expect(custom.score('zorp').score).toBeGreaterThan(0);
    expect(custom.score('nice').label).toBe('neutral');
  });

  it('shares one default instance', () => {
    expect(getDefaultSentimentModel()).toBe(getDefaultSentimentModel());
    expect(getDefaultSentimentModel().name).toBe('undertone-lexicon');
  });
});

describe('lexicon sentiment model: score and label alone', () => {
  it('agrees with the explained score for every speaker', () => {
    const words = fc.constantFrom('not', 'very', 'good', 'bad', 'but', 'cancel', 'my', 'account', 'thanks', 'GREAT', 'soooo', '!', '?', ',', ':)', 'no');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 12 }).map((w) => w.join(' ')), fc.constantFrom(undefined, 'agent' as const, 'customer' as const), (text, speaker) => {
        const { score, label } = model.score(text, speaker);
        expect(model.scoreAndLabel!(text, speaker)).toEqual({ score, label });
      }),
      { numRuns: 500 },
    );
  });
});
