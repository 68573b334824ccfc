import { describe, expect, it } from 'vitest';
import type { Call, Speaker } from '../call/call.js';
import { labelStages } from './label-stages.js';
import { parseStageConfig } from './parse-stage-config.js';

type Line = [Speaker, string, string];

/** Builds a call from [speaker, text, expected stage] lines, one utterance every 10 s. */
function callFrom(lines: Line[], callType?: string): Call {
  return {
    id: 'c1',
    agent: { id: 'a1' },
    ...(callType !== undefined ? { callType } : {}),
    utterances: lines.map(([speaker, text], i) => ({ speaker, text, startMs: i * 10_000, endMs: i * 10_000 + 8_000 })),
  };
}

const CASES: Array<{ name: string; callType?: string; lines: Line[] }> = [
  {
    name: 'support call with verification, hold and resolution',
    callType: 'support',
    lines: [
      ['agent', 'Thank you for calling Acme, my name is Sam, how can I help you today?', 'opening'],
      ['customer', "Hi, um, my internet's not working since yesterday.", 'discovery'],
      ['agent', 'I am sorry to hear that. Can I have your account number to verify?', 'verification'],
      ['customer', 'Sure it is 12345.', 'verification'],
      ['agent', 'Thanks. And your date of birth?', 'verification'],
      ['customer', 'March 3rd 1980', 'verification'],
      ['agent', 'Great. When did it stop working exactly?', 'discovery'],
      ['customer', 'Last night around 9 the lights were blinking.', 'discovery'],
      ['agent', 'Let me place you on hold for a moment while I check.', 'hold'],
      ['customer', 'Okay.', 'hold'],
      ['agent', 'Thank you for holding. I see an outage in your area.', 'hold'],
      ['customer', 'Ugh.', 'discovery'],
      ['agent', 'I have reset your modem remotely and it should be working now.', 'resolution'],
      ['customer', 'Yes it works now, thanks.', 'resolution'],
      ['agent', 'Is there anything else I can help with?', 'closing'],
      ['customer', 'No that is all.', 'closing'],
      ['agent', 'Have a great day!', 'closing'],
    ],
  },
  {
    name: 'sales call with pricing and an objection',
    callType: 'sales',
    lines: [
      ['agent', 'Good morning, thanks for calling Brightline, this is Dana. How can I help?', 'opening'],
      ['customer', 'Hi, I am looking at your business internet plans.', 'discovery'],
      ['agent', 'Happy to help. How many people are in your office, and what are you using today?', 'discovery'],
      ['customer', 'About twelve people, we are currently using a cable plan.', 'discovery'],
      ['agent', 'Got it. What matters most to you, speed or reliability?', 'discovery'],
      ['customer', 'Reliability mostly.', 'discovery'],
      ['agent', 'Our business fiber plan is $89 per month plus a one-time $99 installation fee.', 'pricing'],
      ['customer', 'Hmm, that is too expensive. The other company is cheaper.', 'objection'],
      ['agent', 'I understand. They may be cheaper up front, but we include a four hour repair guarantee.', 'objection'],
      ['customer', 'Okay, that does matter to us.', 'objection'],
      ['agent', 'Great, I can sign you up today and get you started next week.', 'resolution'],
      ['customer', 'Let us do it.', 'resolution'],
      ['agent', 'Your order number is 5512. Is there anything else?', 'closing'],
      ['customer', 'No, thank you.', 'closing'],
      ['agent', 'Thanks for your time, have a great day.', 'closing'],
    ],
  },
  {
    name: 'retention call with an offer',
    callType: 'retention',
    lines: [
      ['agent', 'Thank you for calling StreamCo, my name is Lee. How may I help you?', 'opening'],
      ['customer', 'I want to cancel my subscription.', 'discovery'],
      ['agent', 'I can help with that. Can I verify your email address on the account?', 'verification'],
      ['customer', 'It is lee at example dot com.', 'verification'],
      ['agent', 'Thanks. May I ask why you want to cancel?', 'discovery'],
      ['customer', 'It just costs too much for what I watch.', 'objection'],
      ['agent', 'I understand. I can offer you three months at half price if you stay.', 'offer'],
      ['customer', 'Hmm, I am not sure about that.', 'objection'],
      ['agent', 'I could also downgrade you to the basic plan with no ads.', 'offer'],
      ['customer', 'Okay, the discount sounds fine, let us do the half price.', 'offer'],
      ['agent', 'Done, I have applied the discount and you will receive a confirmation email.', 'resolution'],
      ['customer', 'Thanks.', 'resolution'],
      ['agent', 'Is there anything else I can help you with today?', 'closing'],
      ['customer', 'No, bye.', 'closing'],
    ],
  },
  {
    name: 'collections call with a payment arrangement',
    callType: 'collections',
    lines: [
      ['agent', 'Hello, this is Pat from Northside Recovery. This is an attempt to collect a debt.', 'opening'],
      ['customer', 'Okay.', 'opening'],
      ['agent', 'Am I speaking with Jordan? Can you verify your date of birth?', 'verification'],
      ['customer', 'Yes, it is June 2nd.', 'verification'],
      ['agent', 'Thank you. Your account shows a past due balance of 640 dollars.', 'discovery'],
      ['customer', 'I know, I lost my job and fell behind on everything.', 'discovery'],
      ['agent', 'I am sorry to hear that. Could we set up a payment plan? How much can you pay each month?', 'payment_arrangement'],
      ['customer', 'Maybe 80 a month.', 'payment_arrangement'],
      ['agent', 'We can do eight installments of 80, starting by the fifteenth.', 'payment_arrangement'],
      ['customer', 'That works.', 'payment_arrangement'],
      ['agent', 'You are all set, you will receive a confirmation email.', 'resolution'],
      ['customer', 'Thanks.', 'resolution'],
      ['agent', 'Have a good day.', 'closing'],
    ],
  },
  {
    name: 'collections call where the amounts are the arrangement, and the fee is disclosed',
    callType: 'collections',
    lines: [
      ['agent', 'Thanks for calling Northside Recovery, my name is Pat.', 'opening'],
      ['customer', "I can't pay the full amount this month.", 'payment_arrangement'],
      ['agent', 'I understand. What would be manageable for you each month?', 'payment_arrangement'],
      ['customer', 'Maybe $40, after payday.', 'payment_arrangement'],
      ['agent', 'I can split the balance into four payments of $40 starting the 15th.', 'payment_arrangement'],
      ['customer', 'Okay.', 'payment_arrangement'],
      ['agent', 'There is a $5 processing fee for each payment by phone, which you will be charged each time.', 'pricing'],
      ['customer', 'Fine.', 'pricing'],
      ['agent', 'Anything else I can help with today?', 'closing'],
    ],
  },
  {
    name: 'retention call where the discounted price is the offer',
    callType: 'retention',
    lines: [
      ['agent', 'Thank you for calling Acme, how can I help?', 'opening'],
      ['customer', 'I want to cancel, my bill is too high.', 'discovery'],
      ['agent', 'I hear you. Can you tell me more about what changed?', 'discovery'],
      ['customer', 'It went up twice this year.', 'discovery'],
      ['agent', 'I can bring your bill down to $60 a month for six months, no contract.', 'offer'],
      ['customer', 'For how long?', 'offer'],
      ['agent', 'Six months, then it goes to $75 a month.', 'offer'],
      ['customer', 'Okay, let us do that.', 'offer'],
      ['agent', 'Have a great day.', 'closing'],
    ],
  },
  {
    name: 'support call: verification ends when the account is found, then troubleshooting is the resolution',
    callType: 'support',
    lines: [
      ['agent', 'Thanks for calling Acme support, how can I help?', 'opening'],
      ['customer', 'Hi.', 'opening'],
      ['agent', 'What name is the account under?', 'verification'],
      ['customer', 'Jordan Lee.', 'verification'],
      ['agent', 'Okay, I have your account. So what is happening with the router?', 'verification'],
      ['customer', 'The light keeps blinking red and nothing loads.', 'discovery'],
      ['agent', 'Since when?', 'discovery'],
      ['customer', 'This morning.', 'discovery'],
      ['agent', 'Let us unplug the router for a minute and plug it back in.', 'resolution'],
      ['customer', 'Okay, done. It is green now.', 'resolution'],
      ['agent', 'Great, can you try it now?', 'resolution'],
      ['customer', 'Yes, it loads.', 'resolution'],
      ['agent', 'Anything else I can help with? Have a good day.', 'closing'],
    ],
  },
  {
    name: 'call with a hold, then a transfer to a second agent',
    callType: 'support',
    lines: [
      ['agent', 'Thanks for calling Acme support, how can I help?', 'opening'],
      ['customer', 'I was charged twice on my bill and I need a refund of the second charge.', 'discovery'],
      ['agent', 'Let me look. Can I get your account number?', 'verification'],
      ['customer', 'It is 88 77 66.', 'verification'],
      ['agent', 'Thanks, can I place you on hold for a moment while I pull that up?', 'hold'],
      ['customer', 'Sure.', 'hold'],
      ['agent', 'Thank you for waiting. Refunds are handled by billing, so I will transfer you to the billing team.', 'transfer'],
      ['customer', 'Okay.', 'transfer'],
      // The second agent greets the customer: a new opening.
      ['other', 'Hi, this is Sam in billing. I see the duplicate charge.', 'opening'],
      ['customer', 'Great, can you refund it?', 'opening'],
      ['other', 'Yes, I have issued the refund; you will receive it in three to five days.', 'resolution'],
      ['customer', 'Perfect.', 'resolution'],
      ['other', 'Anything else? Have a good one.', 'closing'],
    ],
  },
  {
    name: 'ASR-style lowercase text without punctuation or apostrophes, no call type',
    lines: [
      ['agent', 'thank you for calling acme this is jo how can i help', 'opening'],
      ['customer', 'uh yeah im calling because my router isnt working', 'discovery'],
      ['agent', 'ok im sorry about that can i have the phone number on the account', 'verification'],
      ['customer', 'its five five five one two one two', 'verification'],
      ['agent', 'thanks and whats the zip code', 'verification'],
      ['customer', 'nine oh two one oh', 'verification'],
      ['agent', 'ok and when did it stop working', 'discovery'],
      ['customer', 'um last night it just keeps blinking red', 'discovery'],
      ['agent', 'i have reset it from my end it should be working now', 'resolution'],
      ['customer', 'oh yeah its up now thanks', 'resolution'],
      ['agent', 'great anything else i can help with', 'closing'],
      ['customer', 'nope thats it', 'closing'],
      ['agent', 'alright have a good one bye', 'closing'],
    ],
  },
];

describe('labelStages', () => {
  it('does not read complaints about the service as objections to an offer', () => {
    const lines: Line[] = [
      ['agent', 'Thanks for calling Acme support, what is going on?', 'opening'],
      ['customer', "My internet keeps dropping. I don't want a script, I want it fixed.", 'discovery'],
      ['agent', 'When did it start?', 'discovery'],
      ['customer', "Honestly this is unacceptable, I don't need another reset.", 'discovery'],
      ['agent', 'Understood. Tell me what the lights show.', 'discovery'],
    ];
    expect(labelStages(callFrom(lines, 'support')).byUtterance).not.toContain('objection');
  });

  it.each(CASES)('labels a $name', ({ lines, callType }) => {
    const result = labelStages(callFrom(lines, callType));
    expect(result.byUtterance).toEqual(lines.map(([, , stage]) => stage));
  });

  it('builds maximal contiguous spans with utterance times', () => {
    const first = CASES[0];
    if (!first) throw new Error('missing case');
    const { spans } = labelStages(callFrom(first.lines, first.callType));
    expect(spans.map((s) => s.stage)).toEqual([
      'opening', 'discovery', 'verification', 'discovery', 'hold', 'discovery', 'resolution', 'closing',
    ]);
    expect(spans[1]).toEqual({ stage: 'discovery', startMs: 10_000, endMs: 18_000, fromIndex: 1, toIndex: 1 });
    expect(spans[4]).toEqual({ stage: 'hold', startMs: 80_000, endMs: 108_000, fromIndex: 8, toIndex: 10 });
  });

  it('does not flip the stage for one stray cue inside another stage', () => {
    const lines: Line[] = [
      ['agent', 'Thanks for calling, how can I help?', 'opening'],
      ['customer', 'My router is not working.', 'discovery'],
      ['agent', 'What does it say on the screen?', 'discovery'],
      ['customer', 'It was expensive, it cost me a lot of dollars.', 'discovery'],
      ['agent', 'I see. When did it stop working? Have you tried restarting?', 'discovery'],
      ['customer', 'Yes, it still has the problem.', 'discovery'],
      ['agent', 'I have reset it and it should be working now.', 'resolution'],
      ['customer', 'Yes it works now.', 'resolution'],
      ['agent', 'Anything else? Have a good day.', 'closing'],
    ];
    expect(labelStages(callFrom(lines, 'support')).byUtterance).toEqual(lines.map(([, , s]) => s));
  });

  it('ends a price disclosure one utterance after its last cue and goes back to the topic before it', () => {
    const lines: Line[] = [
      ['agent', 'Thanks for calling, how can I help?', 'opening'],
      ['customer', 'My dryer is not working, it does not heat.', 'discovery'],
      ['agent', 'A technician visit has a fee of 60 dollars.', 'pricing'],
      ['customer', 'Okay.', 'pricing'],
      ['agent', 'Does the drum still turn when you start it?', 'discovery'],
      ['customer', 'Yes, it turns but stays cold.', 'discovery'],
      ['agent', 'What does the display show?', 'discovery'],
      ['customer', 'Nothing unusual.', 'discovery'],
    ];
    expect(labelStages(callFrom(lines, 'support')).byUtterance).toEqual(lines.map(([, , s]) => s));
  });

  it('keeps a price objection through a rebuttal that repeats the price', () => {
    const lines: Line[] = [
      ['agent', 'Thanks for calling, how can I help?', 'opening'],
      ['customer', 'I am looking at the premium plan for my team.', 'discovery'],
      ['agent', 'The premium plan is 40 dollars per user per month.', 'pricing'],
      ['customer', 'That is more than I expected, honestly.', 'objection'],
      ['agent', 'I hear you. Teams usually save more than 40 dollars a month in admin time.', 'objection'],
      ['customer', 'Maybe, I still need to think about it.', 'objection'],
      ['agent', 'Of course. I will send you a trial link so you can test it this week.', 'resolution'],
      ['customer', 'Okay, that works for me.', 'resolution'],
      ['agent', 'Great, have a good day.', 'closing'],
    ];
    expect(labelStages(callFrom(lines, 'sales')).byUtterance).toEqual(lines.map(([, , s]) => s));
  });

  it('keeps the details taken for an order in the resolution, not verification', () => {
    const lines: Line[] = [
      ['agent', 'Thanks for calling, how can I help?', 'opening'],
      ['customer', 'I am looking to buy the standing desk from your site.', 'discovery'],
      ['agent', 'Great, I can place the order for you now.', 'resolution'],
      ['agent', 'Can I get your full name and the billing address?', 'resolution'],
      ['customer', 'Dana Lee, 12 Pine Road.', 'resolution'],
      ['agent', 'And the card number?', 'resolution'],
      ['customer', '4111 1111 1111 1111.', 'resolution'],
      ['agent', 'You will receive a confirmation email shortly.', 'resolution'],
      ['agent', 'Anything else? Have a good day.', 'closing'],
    ];
    expect(labelStages(callFrom(lines, 'sales')).byUtterance).toEqual(lines.map(([, , s]) => s));
  });

  it('does not treat a mid-call "anything else" as closing', () => {
    const lines: Line[] = [
      ['agent', 'Thanks for calling, how can I help?', 'opening'],
      ['customer', 'My router is not working.', 'discovery'],
      ['agent', 'Is anything else not working?', 'discovery'],
      ['customer', 'No, just the router.', 'discovery'],
      ['agent', 'What lights do you see?', 'discovery'],
      ['customer', 'A red light.', 'discovery'],
      ['agent', 'Okay, what does it say when you log in?', 'discovery'],
      ['customer', 'It says error 651.', 'discovery'],
      ['agent', 'I have reset it and it should be working now.', 'resolution'],
      ['customer', 'It works now, thank you.', 'resolution'],
      ['agent', 'Have a great day, bye.', 'closing'],
    ];
    expect(labelStages(callFrom(lines, 'support')).byUtterance).toEqual(lines.map(([, , s]) => s));
  });

  it('starts in opening and hands over to discovery when no cue follows the greeting', () => {
    const lines: Line[] = [
      ['customer', 'Hello?', 'opening'],
      ['agent', 'Hi.', 'discovery'],
      ['customer', 'So what happened to my order?', 'discovery'],
    ];
    expect(labelStages(callFrom(lines)).byUtterance).toEqual(lines.map(([, , s]) => s));
  });

  it('uses the default config for unknown call types and normalizes call type spelling', () => {
    const lines: Line[] = [
      ['agent', 'Thanks for calling, how can I help?', 'opening'],
      ['customer', 'I need to set up a payment plan for my balance.', 'discovery'],
    ];
    // `default` has no payment_arrangement stage; `collections` (any spelling) does.
    expect(labelStages(callFrom(lines, 'field_visit')).byUtterance).not.toContain('payment_arrangement');
    expect(labelStages(callFrom(lines, ' Collections ')).byUtterance).toContain('payment_arrangement');
  });

  it('uses a QA team config for the call types it lists and the built-ins for the rest', () => {
    const overrides = parseStageConfig(
      [
        'callTypes:',
        '  sales:',
        '    stages:',
        '      - { id: opening, cues: ["thanks for calling"], position: start, persistence: while-cued }',
        '      - { id: pitch, cues: ["our product"] }',
        '      - { id: disclosure, cues: ["terms and conditions", "recorded line"] }',
      ].join('\n'),
    );
    const lines: Line[] = [
      ['agent', 'Thanks for calling.', 'opening'],
      ['agent', 'Our product saves you time.', 'pitch'],
      ['agent', 'The terms and conditions apply.', 'disclosure'],
      ['customer', 'Fine.', 'disclosure'],
    ];
    expect(labelStages(callFrom(lines, 'sales'), overrides).byUtterance).toEqual(lines.map(([, , s]) => s));
    expect(labelStages(callFrom(lines, 'support'), overrides).byUtterance).not.toContain('pitch');
  });

  it('returns nothing for a call with no utterances', () => {
    const call = { ...callFrom([['agent', 'x', 'opening']]), utterances: [] };
    expect(labelStages(call)).toEqual({ byUtterance: [], spans: [] });
  });
});
