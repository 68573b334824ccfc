/** Customer lines that fit any story: greetings, verification answers, moods and the signals worth catching. */

export const CUSTOMER_HELLOS = ['[Hi|Hey|Hello|Hi there][, {agent}|].', '[Hi|Hello], [yes|yeah], [thanks|thank you].', '[Oh, |]hi.', '[Yeah, |]hi, [how are you?|how\'s it going?]', 'Hello? [Oh, hi.|Hi, sorry.]', 'Hey, [finally|okay], a person.'];
export const OUTBOUND_ANSWERS = ['[Yes|Yeah], [speaking|this is {customer}|that\'s me].', '[Who\'s|Who is] [calling|this]?', '[Yeah|Yes]... [what\'s this about?|what is this regarding?]', 'This is {customer}. [What can I do for you?|]', '[Uh, |]yeah. [I\'m kind of busy|I only have a few minutes], [what\'s up?|what is it?]'];

/** Answers after a failed check: another identifier, offered unprompted. */
export const VERIFY_ALTERNATES = [
  '[Oh, |Hmm, |]try {zip}[ then|].',
  '[Maybe|It might be] under {customerFull}? [My|The] email is {email}.',
  '[Sorry, |]it\'s {customerLast}... [and the zip is {zip}|my zip is {zip}].',
  '[Oh, |]wait, [I moved|we moved]. [The old zip was|Try] {zip}.',
];

/** General replies by how the customer feels right now, angriest first. */
export const MOOD_REPLIES: readonly (readonly string[])[] = [
  [
    'That\'s [ridiculous|unbelievable|insane]. [I\'ve been a customer for {years} years.|This is exactly why people leave.]',
    'No. [That\'s not good enough|That doesn\'t work for me|I\'m not accepting that].',
    '[Are you serious?|You\'re kidding me.] [Every time I call it\'s something.|This is the worst service I\'ve ever had.]',
    '[I don\'t want|I don\'t need] [excuses|a script], I want [it fixed|my money back|this sorted out].',
    'You people [never|don\'t ever] [listen|get anything right].',
    'I\'m [honestly |]so [done|sick of this].',
  ],
  [
    '[Okay, but|Right, but] [that doesn\'t really help me|I still don\'t get why this happened].',
    '[Ugh.|Sigh.] [Fine.|Okay.] [How long is that going to take?|And then what?]',
    'I just [don\'t understand|don\'t get] why [this keeps happening|nobody told me].',
    '[Yeah, |]I mean, [I guess|fine], but [I\'m not happy about it|it\'s really annoying].',
    '[Okay.|Mm.] I just want it [fixed|dealt with], [honestly|that\'s all].',
    'That\'s [frustrating|annoying], [but okay|is all I\'m saying].',
  ],
  [
    '[Okay.|Alright.|Sure.]',
    '[Mm-hmm.|Uh huh.|Yeah.]',
    '[Okay, |]that makes sense.',
    '[Got it.|Okay, got it.|I see.]',
    '[Okay, |][sounds fine|that works].',
    '[Right.|Yep.|Yeah, okay.]',
  ],
  [
    '[Oh, |Oh okay, |]that\'s [great|perfect|a relief], thank you.',
    '[Okay, |Oh, |][awesome|wonderful|great], [I really appreciate that|thanks so much].',
    '[Thank you|Thanks], that [helps a lot|makes my day|is exactly what I needed].',
    '[Oh good.|Phew.] [Okay.|Thank you.] [That\'s a load off.|I was worried.]',
    '[Wow, |]thank you, you\'ve been [really helpful|great|so patient].',
    '[Perfect|Great], that works for me.',
  ],
];

export const REACT_EMPATHY = ['[Thank you|Thanks], I [appreciate that|really appreciate that].', '[Yeah|Yes], it\'s been [a lot|really stressful|a nightmare], thank you.', '[Thanks.|Okay.] [At least someone gets it.|I appreciate you saying that.]', 'Thank you for [understanding|listening]. [It\'s been a week.|Seriously.]'];
export const REACT_DISMISSIVE = ['You keep saying you understand, but [nothing\'s changing|you\'re not doing anything].', '[Do you|Do you actually] understand? [Because it doesn\'t sound like it.|It doesn\'t feel like it.]', '[Wow.|Okay.] [That\'s really not helpful.|So that\'s it?]', 'That\'s [not|really not] [what I wanted to hear|an answer].'];
export const REACT_POLICY = ['I don\'t care [what the policy says|about the policy], [I\'m telling you what happened|it\'s wrong].', '[Nobody|No one] told me about [any policy|that rule] [when I signed up|before].', '[So|Okay, so] [the policy is|your rule is] just [to charge people|to say no]?', '[Great|Fantastic], so [the terms|a policy] [matter more than|is more important than] the customer.'];
export const REACT_INTERRUPTED = ['[Can you|Could you] [let me finish|please let me finish]?', '[Sorry, |]I wasn\'t done.', '[Hang on, |]you\'re not [listening|letting me talk].', 'Let me [finish|explain] — [that\'s not what I was saying|it\'s not that].'];
export const REACT_BLAME = ['So [it\'s my fault|this is on me] now?', '[I don\'t care|That\'s not my problem] [whose department it is|who did it], [you\'re|you are] {company}.', '[That\'s|It\'s] not my job to [know that|track your departments].', '[So you\'re saying|You\'re telling me] I [did something wrong|messed up]?'];
export const REACT_JARGON = ['[Sorry, |]what does that [mean|even mean]?', 'I [have no idea|don\'t know] what [that is|you just said].', '[Okay, |]can you say that in [plain English|normal words]?', '[Um, |]I\'m [lost|not following], sorry.'];
export const REACT_OWNERSHIP = ['Okay, [good|thank you]. [I really don\'t want to call again.|That\'s all I wanted.]', '[Thank you|Thanks], that\'s [a relief|good to hear].', 'Okay. [I\'ll hold you to that.|I appreciate that.] [Thanks.|]', '[Really? |]Thank you, [nobody\'s said that before|that helps].'];
export const REACT_OPTIONS = ['[Hmm, |]I think the [first|second] one [works better|makes more sense].', '[Let\'s do|I\'ll go with] the [first|second] [option|one], I guess.', '[Okay, |]what\'s the difference between [them|the two]?', '[Oh, |]I didn\'t know I had options. [The first one.|The second one sounds good.]'];
export const HOLD_OK = ['[Sure|Yeah|Okay|That\'s fine|Go ahead].', '[Yeah, |]no problem.', '[Okay, |]sure, I\'ll wait.', 'Fine[, but please hurry|].'];

export const SIGNAL_CHURN = [
  'Honestly I\'m [about ready|ready|this close] to [switch|go] to {rival}.',
  'If this isn\'t fixed [I\'m|I am] [cancelling|canceling|leaving], [period|simple as that].',
  '[I\'ve|I have] been looking at {rival} [and they\'re cheaper|anyway].',
  '[Maybe|Probably] I should just [cancel|close the account] and be done with you guys.',
  'I\'m [seriously |]thinking about taking my business [elsewhere|somewhere else].',
];
export const SIGNAL_ESCALATION = [
  '[Can I|Could I|I want to] speak to [a supervisor|your manager|someone above you][, please|]?',
  'I want [this escalated|a manager|your supervisor]. [Now.|Please.|Today.]',
  '[Is there|Get me] someone [higher up|with more authority] [I can talk to|on the phone]?',
  'Let me talk to [your boss|a supervisor], [this is going nowhere|you can\'t help me].',
];
export const SIGNAL_REPEAT = [
  'This is the [third|second|fourth] time I\'ve called about this.',
  'I [already|literally] called [last week|yesterday|on {weekday}] and [they said it was fixed|nobody followed up].',
  'I\'ve [explained this|gone through this] [twice|three times] already[ with other people|].',
  '[Last time|The last guy|The person before you] [told me|promised] it would be [sorted|taken care of].',
  'I [keep|have to keep] calling back [about the same thing|and nothing happens].',
];
export const SIGNAL_URGENCY = [
  'I [really |]need this [fixed|sorted|done] [today|right now|by tonight].',
  'I work from home, so [every hour|every day] this [is down|goes on] [costs me money|is a problem].',
  'It\'s [kind of |]urgent, [I\'m leaving|we fly out] on {weekday}.',
  'I [can\'t wait|don\'t have] [another week|days] for this.',
  '[Please, |]this has to be [resolved|handled] [before {date}|as soon as possible].',
];
export const SIGNAL_COMPLAINT = [
  'I want to [file|make|put in] a [formal |]complaint [about this|about how this was handled].',
  'This is [honestly |]the worst customer service I\'ve [ever |]dealt with.',
  '[Nobody|No one] [ever|at all] calls back [when they say they will|like they promise].',
  'I\'m going to [leave a review|post about this|report this].',
];
export const SIGNAL_CONFUSION = [
  'Wait, [I\'m confused|I don\'t get it] — [so what do I do|what does that mean for me]?',
  '[Sorry, |]I\'m not sure I [follow|understand]. [Which one is it?|Can you go back?]',
  '[Hmm, |]so [is it|am I] [charged or not|getting it back or not]?',
  'I don\'t [really |]understand [the bill|how this works|what happened].',
];

export const CUSTOMER_CLOSINGS: readonly (readonly string[])[] = [
  ['[Whatever.|Fine.] [Bye.|]', '[Yeah.|Okay.] [We\'ll see.|I doubt it.]', 'I\'m still [not happy|really upset] [about this|]. Bye.'],
  ['[Okay.|Alright.] Thanks[, I guess|].', '[Fine, |Okay, ]thanks. [Bye.|]', '[Yeah, |]okay. [Hopefully it works this time.|]'],
  ['[Okay, |]thanks[, bye|, you too].', '[Alright, |]thank you. [Bye.|Have a good one.]', '[Thanks|Thank you], [you too|take care].'],
  ['Thank you [so much|so so much], [you\'ve been great|you really helped|seriously]!', '[Thanks|Thank you], {agent}. [You\'ve been amazing.|You made this easy.] [Bye!|Have a good one!]', '[Wow, |]thank you, [best call I\'ve had with you guys|I really appreciate it]. [Bye!|Take care!]'],
];

export const NO_MORE_NEEDS = ['[No|Nope], [that\'s it|that\'s everything|I think that\'s all][, thanks|].', '[No, |]I think I\'m [good|all set].', '[That\'s|That should be] [all|it] for [now|today].', '[Nah|No], that\'s [it|everything].'];
export const WAITING_REPLIES = ['[No worries|No problem][, take your time|].', '[Sure|Okay|Mm-hmm].', '[Okay, |]I\'m [still |]here.', '[Yeah, |]go ahead.', '[Okay.|Alright.] [It\'s fine.|]', 'Take your time.'];
