/** Agent moves that appear in every kind of call. Scenario files hold the story-specific lines. */

export const EMPATHY = [
  '[Oh no, |Oh, |Ugh, |]I\'m [so |really |]sorry [you\'ve had to deal with that|that happened|you\'re going through this|to hear that].',
  'That [sounds|must be] [really |so |incredibly |]frustrating[, especially|, and honestly|.] [after everything you\'ve already tried|when you\'re counting on it|I\'d be upset too|]',
  '[I can hear|I can tell] how [frustrating|stressful|annoying] this has been for you[, and I\'m sorry|].',
  '[Honestly, |]I\'d be [upset|frustrated|annoyed] too if that happened to me.',
  'I\'m sorry — [nobody should have to|you shouldn\'t have to] [call in more than once|chase us] for something like this.',
  'Thank you for [being so patient|bearing with us|explaining all that], I know it\'s been a [hassle|headache|long few days].',
  'That\'s [not the experience we want you to have|not okay|definitely not how this should go], and I\'m sorry.',
  '[Yeah, |]that\'s a [real pain|lot to deal with|rough week], I\'m sorry [about that|it\'s come to this|].',
  '[Okay, |]I completely get why you\'re [upset|frustrated|worried], and I appreciate you [walking me through it|telling me all of that].',
  'Oh, I\'m sorry, [that\'s the last thing you need|that\'s a terrible way to start the week|what a mess].',
];

/** The "I hear you, but" move: names the feeling in passing, then pivots away from it. */
export const DISMISSIVE = [
  'I understand[, ma\'am|, sir|], however [that\'s just how it works|there\'s nothing I can do about that part|that\'s the way the system does it].',
  'I [hear|get] what you\'re saying, but [that\'s how it was set up|it is what it is|that\'s not something I can change].',
  'Yeah, I understand, but [like I said|as I mentioned], [it\'s already processed|that\'s the process|it\'s out of my hands].',
  'Okay, I understand that, but unfortunately [we still have to go through the steps|that\'s not going to change anything].',
  'Sure, I get it, but [let\'s just|we need to] [move on|focus on] [what I can actually do|the next step].',
  'I understand you\'re frustrated, but [getting upset won\'t speed it up|I\'m just telling you what I see here].',
  'Right, I understand, but [you\'ll just have to wait|there\'s really no other way].',
  'Okay. I understand. [Anyway,|So,|But] [I still need you to|let\'s just] [try the steps|go through this].',
];

export const OWNERSHIP = [
  '[I\'m going to|I\'ll] take care of this [for you|personally|myself] [so you don\'t have to call back|right now|today].',
  '[Let me|I\'ll] own this [one|for you] — I\'ll [follow up|call you back] [by {weekday}|tomorrow|within 24 hours] with an update.',
  'I\'ll [stay with|stick with] you until [this is sorted|we get this fixed|it\'s done].',
  'Here\'s what I\'m going to do [for you|right now]: [I\'ll|I\'m going to] [handle it on my end|put the request in myself] and [send you|email you] a confirmation.',
  '[Don\'t worry,|Okay,] I\'ve got this. [I\'ll|I\'m going to] [make sure|see to it that] it gets done.',
  'You won\'t [need to|have to] explain this again — I\'m [putting|adding] [a full note|everything] on your account and I\'ll [check on it|follow it through] myself.',
  'I\'m [going to|gonna] [personally |]make sure this gets fixed[ today| before we hang up|].',
];

export const OPEN_QUESTIONS = [
  'Can you [walk me through|tell me] [what happened|what you\'re seeing|how this started]?',
  '[What|What else] have you [already |]tried[ so far|]?',
  'Tell me [a bit|a little] more about [what\'s going on|how it\'s been affecting you|that].',
  'How [is|has] this been affecting [you|your day-to-day|things at home]?',
  'What would [a good outcome|the ideal fix] look like for you?',
  'What happened [right before|when] [you noticed|this started]?',
  'How [do you usually use|are you using] [the service|it] [day to day|mostly]?',
  'What\'s [most important|the biggest priority] for you [here|on this]?',
];

export const CLOSED_QUESTIONS = [
  'Is that [the only|the main] issue?',
  'Did you [get|receive] [an email|a text] about it?',
  'And that\'s the account ending in {last4}, right?',
  'Has this happened before?',
  'Was that [on|around] {date}?',
  'Are you [at home|near the {device}] right now?',
];

export const HOLD_ASKS = [
  'Would you mind if I [put|place] you on a [quick|brief|short] hold while I {holdReason}?',
  '[Can I|May I] place you on hold for [a minute|a couple of minutes|just a moment] so I can {holdReason}?',
  '[Is it okay|Is it alright] if I [pop you on|put you on] hold [for two minutes|for a moment] — I [need|want] to {holdReason}.',
  'I\'m going to need to {holdReason}. Do you mind holding [for about two minutes|for a moment|briefly]?',
  '[Okay, |]let me {holdReason}. Is it okay if I put you on a short hold?',
];

export const HOLD_RETURNS = [
  '[Thank you|Thanks|Thanks so much] for holding[, {customer}|]. [Okay, |So |]',
  '[Hi, |]I\'m [back|back with you]. [Thanks for waiting|Sorry that took a bit|Thanks for your patience].',
  '[Okay|Alright], thank you for [waiting|your patience|holding]. [Good news|So here\'s what I found|Here\'s the update].',
  'Sorry about the wait[ there|]. [I got what I needed.|I have an answer for you.|]',
];

/** Going quiet without asking: a line that trails off before the silence. */
export const HOLD_WITHOUT_ASKING = [
  'Hold on.',
  'One sec.',
  '[Okay, |]hang on[ a second|].',
  'Let me check something. [Hold on.|Hang on.|]',
  'Just a minute.',
  'Wait, hold on.',
];

/** The agent's first words after a silence they did not announce. */
export const AFTER_SILENCE = [
  '[Okay|Alright|So], [sorry|sorry about that], [the system is slow today|I was just looking something up|still loading here].',
  '[Okay|Right|Hmm], so.',
  '[Okay,|Sorry,] [are you still there?|you still with me?]',
  '[Sorry|Apologies], [I was reading the notes|I was checking the history].',
  '[Okay|Right], I see it now.',
];

export const INTERRUPT_LEADS = ['[Okay, okay|Right, right|Yeah, yeah], [so|but]', 'Sorry, [let me just|I\'m gonna]', '[Yep|Uh huh], [got it|okay] —', 'Hold on, [so|let me]', '[Okay|Alright] — so basically', 'Yeah, I know —'];

export const RESOLUTION_CHECKS = [
  'Does that [take care of|resolve|fix] [everything|what you called about][ for you today|]?',
  '[Is there anything else|Anything else] I can [help you with|do for you|look into] [today|while I have you]?',
  'Did that [answer|cover] [all your questions|everything you needed]?',
  'Are you [all set|good] [on that|with everything], or is there [something else|anything else] [on your mind|I can check]?',
  '[Have I fully resolved|Did I take care of] [everything|your issue][ for you today|]?',
  'Does that [work for you|make sense]? [Anything else I can help with?|Anything I missed?|]',
  'Is [everything|that] [clear|working] on your end now?',
];

export const CLOSINGS = [
  '[Thanks|Thank you] for calling {company}[, {customer}|]. [Have a great|Enjoy the rest of your|Have a good] [day|afternoon|evening|week]!',
  '[Alright, |Okay, |]you[\'re all set|have a good one]. [Take care|Bye now|Thanks again]!',
  'Thanks [so much|again] for your patience[, {customer}|]. [Have a good one.|Take care.|Bye-bye.]',
  '[It was a pleasure|Happy to help][, {customer}|]. [Have a wonderful day.|Take care now.|You have a good one.]',
  '[Okay|Alright], [have a good day|take care]. Bye.',
  'Thank you for being a {company} customer. [Goodbye.|Have a great day.]',
];

export const POSITIVE_ACKS = ['[Perfect|Great|Awesome|Wonderful].', '[Okay|Alright], great.', '[Got it|Sounds good], thank you.', 'Good, good.', '[Okay|Alright], [perfect|that helps].', 'Thank you, that\'s helpful.'];
export const NEUTRAL_ACKS = ['Okay.', '[Mm-hmm|Uh huh].', 'Got it.', 'Right.', 'Okay, [I see|I see that here].', 'Alright.', '[Sure|Yep].'];

export const RECAP_LEADS = ['[So |Okay, so |]just to recap[,|:]', '[Alright, |]let me [quickly |]go over what we did[:|.]', 'So to [sum up|summarize][,|:]', '[Okay, |]just so we\'re on the same page[,|:]', 'Quick recap before I let you go[:|.]', 'So what happens now is'];

/** Escalation handled as a supervisor callback, so the conversation itself carries on. */
export const ESCALATION_ACCEPT = [
  '[Okay|Sure|Absolutely], I\'ll [escalate this|raise this] to [my supervisor|a team lead] [right now|today] and [they\'ll call you back|you\'ll get a call] [within 24 hours|by tomorrow].',
  'I understand. I\'m [putting in|submitting] [an escalation|a supervisor callback] [now|as we speak] — [reference|it\'s ticket] {ticket}.',
  'Of course. [I\'ve|I have] [flagged|escalated] this to [a manager|my supervisor], and [meanwhile|in the meantime] let me [keep working on it|see what I can do].',
];
export const ESCALATION_DEFLECT = [
  '[A supervisor|My supervisor] [is going to|would just] tell you the same thing[, honestly|].',
  'There\'s [no one|nobody] available right now, [but|so] I can [try to help|take a message].',
  '[Before we do that|Let me try first], [give me a chance to|let me see if I can] fix this.',
  'I can [put in a callback request|have someone call you], but it could take [a few days|48 hours].',
];

export const TRANSFER_LINES = [
  'I\'m going to [transfer|connect] you to our {transferTeam} team[, they\'re the ones who can do this|] — [please stay on the line|don\'t hang up].',
  'This one needs {transferTeam}, so I\'ll [warm transfer|pass] you [over|through] [and brief them first|now].',
  'Let me [get you over to|transfer you to] {transferTeam}. [It might ring a couple of times.|They\'ll have all my notes.]',
];

export const NOTE_TAKING = ['[Okay, |]let me [note|write] that down.', '[Got it, |]I\'m [adding|putting] that [in the notes|on the account].', '[Okay, |]one [second|moment], [typing that up|just noting that].', '[Mm-hmm, |]I\'ve got that [noted|down].'];
export const CLARIFY = ['Just so I [understand|have it right], [that was|you mean] [on|around] {date}?', '[Okay, |]and [was that|did that start] before or after [you called|{weekday}]?', 'So [you\'re saying|if I\'m hearing you right,] it\'s been [going on|happening] [a while|for {days} days]?'];
export const CLARIFY_REPLIES = ['[Yeah|Yes], [exactly|that\'s right].', '[Um, |]I think [before|after], [yeah|I\'m not sure].', '[Right|Yes], [about that|more or less].', '[I said|Like I said], [it\'s|it has been] [a while|{days} days].', '[No, |]not quite — [it\'s|it was] [more recent|before that].'];
export const UNRESOLVED = [
  '[Unfortunately|Honestly], I [can\'t|am not able to] [fix|do] that [today|from here]. [I\'ve|I have] [opened|put in] a ticket, {ticket}, and [someone|a specialist] [will|should] [call you|reach out] in [48 hours|two to three days].',
  '[So|Okay], [that\'s|it\'s] [not something|something] I [can change|can\'t change] [on my end|here]. [You\'ll|You will] [get|receive] an email [once|when] [it\'s reviewed|they look at it].',
  'I\'ve [sent|submitted] [a request|it] to [the back office|the team that handles that], [it can take|usually takes] [a few days|up to a week].',
];
export const ACK_BEFORE_VERIFY = ['[I can|I can definitely|Happy to|Sure, I can] help with that.', '[Okay, |]let\'s [take a look|get that sorted|figure this out].', '[Alright, |]I\'ll [look into that|check that] for you.', 'Okay.', ''];
export const RECAP_UNRESOLVED = [
  'the ticket [number|] is {ticket}, [someone|a specialist] [will|should] [call you|reach out] [within 48 hours|in two to three days], and [I\'ve|I have] [noted everything|put all the details] on the account.',
  '[I\'ve|I have] [sent|escalated] [the request|it] to [the back office|the right team], [you\'ll get|expect] an email [when|once] it\'s [reviewed|done], and [your|the] reference is {ticket}.',
];
/** The agent saying what they are doing while they work: the opposite of dead air. */
export const NARRATION = [
  '[Okay, |]I\'m [pulling up|opening] [the last few statements|your account history|the notes from your last call] [now|real quick].',
  'Bear with me, the system\'s [a bit|really] slow [today|this afternoon].',
  '[Okay, |]I\'m just [adding|typing up] [the notes|a note] [so the next person sees it|on the account].',
  'Give me [one second|a moment] while that [goes through|saves|processes].',
  '[Alright, |]I\'m [checking|looking at] [one more thing|the settings] [on my side|here].',
  'It\'s [loading|thinking]... [almost there|one sec].',
  '[So |]I\'m [submitting|putting through] the [change|request] now[, it takes a minute|].',
  '[Okay, |]I\'m [reading|going through] [the history|what the last agent wrote] [so I don\'t ask you the same things again|first].',
];

/** Acknowledging a sales or retention objection: empathy without an upset customer. */
export const OBJECTION_EMPATHY = [
  'That\'s a fair concern[, and I appreciate you being upfront about it|].',
  'I completely understand wanting to [think it over|compare first|be careful with your budget].',
  'That makes sense — [nobody likes surprises on a bill|price matters, I get it].',
  '[I hear you|Fair enough], and honestly I\'d want to know that too.',
  'Totally understandable[, it\'s a big decision|].',
  'I get that, and I don\'t want you paying for anything you won\'t use.',
];
/** What a warm agent says when the customer is not upset: rapport, no apology needed. */
export const RAPPORT = [
  '[Oh, |][that sounds great|love that|nice].',
  '[Okay, |][perfect|great], we can definitely [help|do something] with that.',
  '[Okay, |]happy to [walk you through it|look at that with you].',
  'Good to hear from you[, {customer}|].',
];
