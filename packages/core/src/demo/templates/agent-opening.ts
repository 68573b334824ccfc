/** How agents open and verify. Combined piecewise, so openings vary far more than the line count suggests. */

export const INBOUND_GREETINGS = [
  '[Thank you|Thanks] for calling {company}, this is {agent}[,|.] [how can I help you today?|how can I help?|what can I do for you today?|how may I help you?]',
  '[Hi|Hello|Good morning|Good afternoon], [you\'ve reached|you have reached] {company}, my name is {agent}. [How can I help?|What can I do for you?|How can I help you today?]',
  '{company} [customer care|support|customer service], {agent} speaking. [How can I help?|What\'s going on today?|How may I assist you?]',
  '[Hi there|Hey there|Hello], thanks for [calling|holding|your patience], I\'m {agent} with {company}. [What can I help you with?|What brings you in today?|How can I help?]',
  '[Good morning|Good afternoon|Hi], {agent} here at {company}. [Who do I have the pleasure of speaking with?|Who am I speaking with today?|May I have your name?]',
  'Thanks for [calling|contacting] {company}[, you\'re speaking with| and my name is] {agent}. [What can I do for you?|How can I help you today?]',
  '[Hello|Hi], and [welcome to|thanks for calling] {company}. [This is|I\'m] {agent}[, happy to help|]. [What\'s the reason for your call today?|What can I help with?]',
  '{agent} at {company}, [how can I help you?|what can I do for you today?|how can I make your day better?]',
];

export const OUTBOUND_GREETINGS = [
  '[Hi|Hello|Good afternoon], [may I speak with|is this|am I speaking with] {customerFull}?',
  '[Hi|Hello], I\'m trying to reach {customer} {customerLast}[, is that you?|. Is this a good time?|.]',
  '[Hello|Hi there], this is {agent} calling from {company}[,| —] [is|am I speaking with] {customer} available?',
  'Good [morning|afternoon], could I speak to {title} {customerLast}, please?',
  'Hi, [{agent} here|this is {agent}] from {company}. Am I speaking with {customer}?',
  '[Hey|Hi], is this {customer}? [This is|It\'s] {agent} [over at|from|with] {company}.',
];

/** The recording disclosure, paraphrased the way real agents deliver it. */
export const DISCLOSURES = [
  'Just so you know, this call may be recorded for quality and training purposes.',
  'Before we start, this call may be recorded for quality and training purposes.',
  '[Quick heads up|Just a heads up|And just to let you know], this call may be recorded for quality and training purposes.',
  'This call may be recorded for quality and training purposes[.|, just so you\'re aware.]',
  'Please note this call may be recorded for quality and training purposes.',
  'I do need to let you know this call may be recorded for quality and training purposes.',
];

/** Identity checks as question and matching answers, so the customer answers what was asked. */
export const VERIFY_CHECKS: ReadonlyArray<{ ask: readonly string[]; answer: readonly string[] }> = [
  {
    ask: ['[Can I|Could I|May I] [get|have] [the full name on the account|your full name|the account holder\'s name][, please|]?', 'Okay, [so |][just to|I need to] pull up your account — [what name is it under?|can I get the name it\'s under?]'],
    answer: ['[Sure, |Yeah, |Okay, |]it\'s {customerFull}.', '[It should be under|Try] {customerFull}.', '{customerFull}[, {customerLast} with an|].'],
  },
  {
    ask: ['[First, |To start, |Before I pull anything up, |]can you [verify|confirm] [the date of birth|your date of birth] on the account?', '[And|Okay, and] [your|the] date of birth[, please|]?'],
    answer: ['{dob}.', '[Um, |It\'s ]{dob}.', '[Sure, |]{dob}.'],
  },
  {
    ask: ['Could you [confirm|give me] the [billing|service] zip code for me?', '[What\'s|And] the zip code [on the account|for the service address]?'],
    answer: ['[It\'s|Zip is] {zip}.', '{zip}.', '[Uh, |]{zip}[, I think|].'],
  },
  {
    ask: ['[Can you|Could you] [read me|give me] the last four digits of the card on file?', 'For security, [can you|could you] [confirm|verify] the last four of the card we have on file?'],
    answer: ['[Last four are|It\'s] {last4}.', '[Uh, |]hang on, let me find the card... [it\'s|okay,] {last4}.', '{last4}.'],
  },
  {
    ask: ['[What\'s|What is] the email address [on the account|we have on file for you]?', '[Can I get|Could you give me] the email [on file|on the account]?'],
    answer: ['[Um, |]{email}[, I think|].', '[It\'s|That\'d be] {email}.'],
  },
];

export const VERIFY_THANKS = [
  '[Perfect|Great|Thank you|Thanks|Awesome], [you\'re verified|that matches|that\'s all I needed|I\'ve got you pulled up][.|, thank you.]',
  '[Okay|Alright], I [have|found|see] your account[ here| now|]. [Thanks, {customer}.|Thank you, {title} {customerLast}.|]',
  '[Perfect|Got it], thanks [for that|for confirming][, {customer}|].',
  'Thank you[, that\'s verified|]. [Okay|Alright], so I\'m looking at your account now.',
  '[Great|Thanks], I\'ve got everything in front of me[ now|].',
  '[Okay, |]that checks out[, thanks|]. [Bear with me one sec while it loads.|It\'s loading now.|]',
];

export const VERIFY_FAILS = [
  'Hmm, that doesn\'t [match|quite match] what I have. [Could you try|Can you give me] the [phone number|zip code] instead?',
  'I\'m not [seeing|finding] that one. [Is there|Could there be] another [number|email] it might be under?',
  'That\'s not [coming up|pulling up] for me[, sorry|]. [Can you spell the last name for me?|Can you try the email on the account?]',
];
