/**
 * Multi-word cues of contact-center talk that general lexicons miss or misread. Each cue replaces the
 * lexicon scores of the tokens it covers. Valence on the VADER scale (-4..4).
 * Pattern syntax: see phrase-pattern.ts.
 */

export interface PhraseCue {
  pattern: string;
  valence: number;
  note: string;
  /** Only in a customer's turn of a service conversation ("actually", "instead" correct the agent there). */
  customerOnly?: boolean;
  /**
   * Only in turns of a conversation: formulaic service politeness ("have a great day") is near neutral there,
   * while the same words in a post or review are meant.
   */
  conversationOnly?: boolean;
}

const REPEAT = 'contact-center: repeat contact';
const CHURN = 'contact-center: churn intent';
const ESCALATION = 'contact-center: escalation';
const EFFORT = 'contact-center: customer effort';
const UNRESOLVED = 'contact-center: still unresolved';
const CORRECTION = 'contact-center: correcting or repeating a request';
const CONFUSION = 'contact-center: confusion';
const ALTERNATIVE = 'contact-center: asking for an alternative';
const BLOCKED = 'contact-center: customer blocked';
const IMPATIENT = 'contact-center: impatient with questions';
const RESIGNED = 'contact-center: resignation';
const DECLINE = 'customer declines or corrects what was assumed';
const POLITE = 'formulaic politeness';
const IDIOM = 'idiom';
const RESOLVED = 'contact-center: resolved';
const REASSURANCE = 'reassurance';

const ORDINAL_TIME = 'second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|umpteenth|nth|hundredth|millionth';
const CONTACT_VERB = "calling|called|call|contacting|contacted|contact|writing|wrote|emailing|emailed|chatting|asking|asked|explaining|explained|telling|told|reporting|reported|ringing|rang|trying|tried|messaging|messaged";
const ACCOUNT_THING = 'account|accounts|subscription|service|services|contract|membership|plan|policy|order|card|line|package|insurance|registration|enrollment|enrolment';
const QUIT_VERB = 'cancel|cancelling|canceling|close|closing|terminate|terminating|end|ending|discontinue|unsubscribe|quit|drop|dropping';
const BOSS = 'manager|supervisor|supervisors|managers|superior|boss|someone|somebody|anyone';
const DURATION = 'hour|hours|minutes|mins|days|weeks|months|ages|forever|year|years|hr|hrs';
const HELD = 'hold|waiting|waited|wait';
const OUTCOME = 'received|arrived|heard|gotten|resolved|fixed|solved|working|work|works|refunded|delivered|credited|responded|showed|shown|updated|processed|activated|load|loads|connect|connects|sync|respond|responding|functioning|helped|helping';
const NOT = "not|n't|haven't|hasn't|havent|hasnt|didn't|didnt|don't|dont|doesn't|doesnt|isn't|isnt|wasn't|wasnt|won't|wont|can't|cant|cannot|no|never";

export const PHRASE_CUES: readonly PhraseCue[] = [
  // repeat contact
  { pattern: `${ORDINAL_TIME} time * ${CONTACT_VERB}`, valence: -2.2, note: REPEAT },
  { pattern: `${ORDINAL_TIME} call|email|message|attempt|request|complaint|time`, valence: -1.6, note: REPEAT },
  { pattern: `already ${CONTACT_VERB}|sent|did|done|spoke|spoken|gave|given|provided|submitted|paid`, valence: -1.4, note: REPEAT },
  { pattern: `${CONTACT_VERB} * yesterday|before|twice|again|repeatedly`, valence: -1.4, note: REPEAT },
  { pattern: 'several|multiple|many|numerous|countless|three|four|five|3|4|5 times', valence: -1.6, note: REPEAT },
  { pattern: 'how many times', valence: -2.0, note: REPEAT },
  { pattern: 'over and over|again and again', valence: -1.8, note: REPEAT },
  { pattern: `keep|keeps|kept ${CONTACT_VERB}|getting|happening|failing|dropping|crashing|saying|charging`, valence: -1.6, note: REPEAT },
  { pattern: 'every single? time i', valence: -1.2, note: REPEAT },
  { pattern: 'i said|say', valence: -0.9, note: CORRECTION, customerOnly: true },
  { pattern: 'i told you', valence: -1.6, note: CORRECTION, customerOnly: true },
  { pattern: `that's|thats|that|this|it|it's|its is? not|n't|isn't|wasn't what i|we`, valence: -1.8, note: CORRECTION, customerOnly: true },
  { pattern: 'not what i asked|wanted|needed|said|ordered|requested', valence: -1.8, note: CORRECTION, customerOnly: true },
  { pattern: 'are you sure|certain', valence: -0.8, note: CORRECTION, customerOnly: true },
  { pattern: 'try|check|look|search again', valence: -1.0, note: CORRECTION, customerOnly: true },
  { pattern: 'please try|retry|recheck', valence: -0.8, note: CORRECTION, customerOnly: true },
  { pattern: 'try|retry for|booking|another|something', valence: -0.8, note: CORRECTION, customerOnly: true },
  { pattern: 'you already|just said|told', valence: -1.0, note: CORRECTION, customerOnly: true },
  { pattern: 'you got it|that wrong', valence: -1.6, note: CORRECTION, customerOnly: true },
  { pattern: 'wrong again', valence: -2.2, note: CORRECTION, customerOnly: true },
  { pattern: 'instead', valence: -1.0, note: CORRECTION, customerOnly: true },
  { pattern: 'actually', valence: -0.8, note: CORRECTION, customerOnly: true },
  { pattern: 'again', valence: -1.2, note: REPEAT, customerOnly: true },
  { pattern: 'how|what about', valence: -0.5, note: ALTERNATIVE, customerOnly: true },
  { pattern: 'what if', valence: -0.5, note: ALTERNATIVE, customerOnly: true },
  { pattern: 'another|different|other one|option|options|day|time|area|place|date|way|alternative', valence: -0.6, note: ALTERNATIVE, customerOnly: true },
  { pattern: 'try|check|look|search a|an? different|another|other', valence: -0.8, note: ALTERNATIVE, customerOnly: true },
  { pattern: 'a|some different', valence: -0.6, note: ALTERNATIVE, customerOnly: true },
  { pattern: 'can|could|would|will you|u please? try|check|recheck|double-check|look', valence: -0.6, note: CORRECTION, customerOnly: true },
  { pattern: 'did you not|even', valence: -1.2, note: CORRECTION, customerOnly: true },
  { pattern: "didn't|didnt|doesn't|doesnt|wasn't|wasnt|isn't|isnt|couldn't|couldnt|won't|wont even", valence: -1.2, note: 'complaint: not even' },
  { pattern: 'did|does|was|is|could|would not even', valence: -1.2, note: 'complaint: not even' },
  { pattern: "didn't|didnt even have|need to", valence: 0.8, note: 'pleasant surprise: no effort needed' },
  { pattern: 'did not even have|need to', valence: 0.8, note: 'pleasant surprise: no effort needed' },
  { pattern: "can't|cant|couldn't|couldnt|won't|wont you|u", valence: -1.0, note: IMPATIENT, customerOnly: true },
  { pattern: 'it|this|that needs|has|have|must to? be', valence: -0.6, note: CORRECTION, customerOnly: true },
  { pattern: "i|we can't|cant|cannot|couldn't|couldnt|am|are unable|able", valence: -1.0, note: BLOCKED },
  { pattern: "i|we can't|cant|cannot wait", valence: 1.8, note: 'eager' },
  { pattern: "can't|cannot thank|recommend you|them|it? enough", valence: 2.4, note: 'emphatic praise' },
  { pattern: 'help|assist me|us', valence: -0.2, note: 'customer asks for help', customerOnly: true },
  { pattern: "don't|dont|do|doesn't|doesnt|does not care|matter|mind", valence: -0.9, note: IMPATIENT, customerOnly: true },
  { pattern: 'no preference|preferences', valence: -0.6, note: IMPATIENT, customerOnly: true },
  { pattern: 'i|we just|really|only need|needed|want|wanted', valence: -0.5, note: IMPATIENT, customerOnly: true },
  { pattern: 'hi|hello|hey|greetings', valence: 0.4, note: POLITE },
  { pattern: 'let me clarify|explain|repeat|rephrase', valence: -1.0, note: CORRECTION, customerOnly: true },
  { pattern: "let's|lets start over|again", valence: -1.2, note: CORRECTION, customerOnly: true },
  { pattern: 'start from the beginning|scratch', valence: -1.2, note: CORRECTION, customerOnly: true },
  { pattern: 'double check|checking', valence: -0.6, note: CORRECTION, customerOnly: true },
  { pattern: 'i|we still need|want|have|am|are', valence: -1.0, note: REPEAT, customerOnly: true },
  // emphatic "do" and "really" insist on a need the agent has not met
  { pattern: 'i|we do|did need|want|ask|say|mention|specify|request|tell', valence: -1.0, note: CORRECTION, customerOnly: true },
  { pattern: 'i|we really need|want', valence: -0.8, note: CORRECTION, customerOnly: true },
  { pattern: 'need|want it|them|this|that to be', valence: -0.5, note: CORRECTION, customerOnly: true },
  { pattern: 'changed|changing my mind', valence: -0.4, note: CORRECTION, customerOnly: true },
  // a customer restating an earlier request in the past tense, or apologising before correcting it
  { pattern: 'i|we meant|wanted|asked|requested|specified|mentioned|said', valence: -1.4, note: CORRECTION, customerOnly: true },
  { pattern: 'i|we was|were looking|hoping|asking', valence: -0.8, note: CORRECTION, customerOnly: true },
  { pattern: 'you said|mentioned|stated|told me|us? earlier|before', valence: -1.2, note: CORRECTION, customerOnly: true },
  { pattern: 'no i|we', valence: -0.6, note: CORRECTION, customerOnly: true },
  { pattern: 'sorry for|about the|my|any? confusion|trouble|mistake|misunderstanding|inconvenience|mix-up', valence: -1.2, note: 'customer apologises for a misunderstanding', customerOnly: true },
  { pattern: 'sorry', valence: -1.2, note: 'customer apologises: usually before correcting a misunderstanding', customerOnly: true },
  { pattern: 'but', valence: -0.5, note: 'customer objects to what was offered', customerOnly: true },
  { pattern: 'just', valence: -0.4, note: IMPATIENT, customerOnly: true },
  { pattern: 'why', valence: -0.8, note: CONFUSION, customerOnly: true },
  { pattern: 'never mind|nevermind', valence: -1.0, note: RESIGNED },
  { pattern: 'also', valence: 0.4, note: 'customer moves on to the next need', customerOnly: true },
  { pattern: "i|we don't|dont want|need", valence: -0.8, note: DECLINE, customerOnly: true },
  { pattern: 'i|we do|am|are not want|need|looking', valence: -0.8, note: DECLINE, customerOnly: true },
  { pattern: "i'm|im|we're not looking", valence: -0.8, note: DECLINE, customerOnly: true },
  { pattern: 'at this point', valence: -0.8, note: RESIGNED },
  { pattern: 'take|get what i|we can get', valence: -1.5, note: RESIGNED },
  { pattern: 'settle for', valence: -1.0, note: RESIGNED },
  { pattern: "i'll|ill|i will take anything|whatever", valence: -0.8, note: RESIGNED, customerOnly: true },
  { pattern: 'whatever', valence: -0.6, note: RESIGNED, customerOnly: true },
  { pattern: 'i guess', valence: -0.4, note: RESIGNED, customerOnly: true },
  { pattern: 'i|we also need|want|would|am|are', valence: 0.5, note: 'customer moves on to the next need', customerOnly: true },
  // churn
  { pattern: `${QUIT_VERB} * ${ACCOUNT_THING}`, valence: -2.2, note: CHURN },
  { pattern: 'switch|switching|go|going|move|moving|change|changing|leave|leaving|take|taking to|with another|other|a|your * provider|company|carrier|bank|competitor|competitors|competition', valence: -2.2, note: CHURN },
  { pattern: 'my|our business elsewhere', valence: -2.4, note: CHURN },
  { pattern: 'port|porting * number', valence: -1.6, note: CHURN },
  { pattern: "i'm|im|we're|am|are done|through with you|your", valence: -2.0, note: CHURN },
  { pattern: 'never use|buy|order|fly|shop|recommend * again|you', valence: -2.6, note: CHURN },
  { pattern: 'want|need|demand * refund|money back', valence: -1.8, note: CHURN },
  { pattern: 'my money back', valence: -1.8, note: CHURN },
  // escalation
  { pattern: `speak|talk|speaking|talking|put|transfer|connect with|to|me * ${BOSS} in charge`, valence: -2.0, note: ESCALATION },
  { pattern: `speak|talk|speaking|talking with|to a|your|the|my * manager|supervisor|superior|boss`, valence: -2.0, note: ESCALATION },
  { pattern: 'get|give|put me * manager|supervisor|superior|boss', valence: -2.0, note: ESCALATION },
  { pattern: 'your manager|supervisor|superior|boss', valence: -1.4, note: ESCALATION },
  { pattern: 'escalate|escalating|escalated|escalation', valence: -1.6, note: ESCALATION },
  { pattern: 'file|filing|make|making|lodge|lodging|raise|raising|formal * complaint', valence: -2.2, note: ESCALATION },
  { pattern: 'lawyer|lawyers|attorney|sue|suing|lawsuit|ombudsman|regulator|fcc|bbb', valence: -2.2, note: ESCALATION },
  { pattern: 'report you|this', valence: -1.8, note: ESCALATION },
  // effort
  { pattern: `on hold for|since|forever|again`, valence: -1.8, note: EFFORT },
  { pattern: `been on hold|waiting`, valence: -1.8, note: EFFORT },
  { pattern: `${HELD} for * ${DURATION}`, valence: -1.8, note: EFFORT },
  { pattern: 'transferred|passed|bounced|shuffled|sent|redirected * times|again|around|back and forth', valence: -2.0, note: EFFORT },
  { pattern: 'bounced|passed|shuffled|pushed around', valence: -2.0, note: EFFORT },
  { pattern: 'from one department|person|agent to another', valence: -1.8, note: EFFORT },
  { pattern: `no one|nobody|noone * called|call|calls|got|get|gets|emailed|wrote|replied|responded|answered|answers|picks|picked|helped|helps|cares`, valence: -2.0, note: EFFORT },
  { pattern: 'never heard|got|get * back|response|reply|answer', valence: -2.0, note: EFFORT },
  { pattern: 'waste|wasted|wasting * time|hours|day|morning|money', valence: -2.2, note: EFFORT },
  { pattern: 'took|takes|taking|take forever|ages', valence: -1.8, note: EFFORT },
  { pattern: 'runaround|run-around|round in circles|going in circles|hung up on', valence: -2.2, note: EFFORT },
  { pattern: `still ${NOT} * ${OUTCOME}`, valence: -2.2, note: UNRESOLVED },
  { pattern: 'still waiting|broken|down|charging|charged|nothing|same|pending|stuck|happening|there|missing|wrong', valence: -1.8, note: UNRESOLVED },
  { pattern: `${NOT} * ${OUTCOME}`, valence: -1.8, note: UNRESOLVED },
  { pattern: `no|zero|any response|reply|answer|update|solution|resolution|signal|service|internet|connection|power`, valence: -1.4, note: UNRESOLVED },
  // confusion
  { pattern: "i|we don't|dont|do|didn't|didnt|did not|cannot|can't|cant * understand|get|know|see|find|figure|remember|recall|recognize", valence: -1.2, note: CONFUSION },
  { pattern: 'makes|make no sense', valence: -1.8, note: CONFUSION },
  { pattern: 'what do you mean', valence: -1.2, note: CONFUSION },
  { pattern: 'why is|isn\'t|isnt|was|wasn\'t|does|doesn\'t|did|didn\'t|do|don\'t|can\'t|cant|would|are|aren\'t|am|have|haven\'t|has|hasn\'t|won\'t|wont|should|were|my', valence: -0.9, note: CONFUSION },
  { pattern: 'how come', valence: -1.0, note: CONFUSION },
  // formulaic politeness: near neutral, slightly positive at most
  { pattern: 'thank|thanks you? for calling|contacting|choosing|reaching|holding|waiting|being|letting', valence: 0.4, note: POLITE, conversationOnly: true },
  { pattern: 'thank|thanks you? for your|the patience|call|time|business|understanding|order|purchase|information|info|inquiry|enquiry|question|feedback', valence: 0.5, note: POLITE, conversationOnly: true },
  { pattern: 'told|tells|telling me|us', valence: -0.6, note: 'customer reports what the company said', customerOnly: true },
  { pattern: 'have|enjoy a|the nice|good|great|wonderful|lovely|pleasant|fantastic|blessed day|evening|weekend|night|afternoon|morning|one', valence: 0.4, note: POLITE, conversationOnly: true },
  { pattern: 'is|was there anything else', valence: 0.1, note: POLITE, conversationOnly: true },
  { pattern: 'is|was there anything else * help|do|assist', valence: 0.1, note: POLITE, conversationOnly: true },
  { pattern: 'i|we can|could|will|may help|assist you', valence: 0.3, note: POLITE, conversationOnly: true },
  { pattern: 'anything else * help|do|assist', valence: 0.1, note: POLITE, conversationOnly: true },
  { pattern: 'how can|may|could i|we help|assist', valence: 0.2, note: POLITE, conversationOnly: true },
  { pattern: "you're|youre|you are welcome", valence: 0.4, note: POLITE, conversationOnly: true },
  { pattern: 'my pleasure', valence: 0.5, note: POLITE, conversationOnly: true },
  { pattern: 'good morning|afternoon|evening', valence: 0.2, note: POLITE },
  { pattern: 'please hold|wait', valence: 0, note: POLITE, conversationOnly: true },
  { pattern: 'bear with me', valence: 0, note: POLITE, conversationOnly: true },
  { pattern: 'sorry for|about the|your? wait|waiting|delay|inconvenience|hold|trouble|confusion', valence: 0.2, note: POLITE, conversationOnly: true },
  { pattern: 'i apologize|apologise for', valence: 0.1, note: POLITE, conversationOnly: true },
  { pattern: 'take care', valence: 0.4, note: POLITE },
  { pattern: 'take|took|taking|takes care of', valence: 0.3, note: 'handling' },
  // idioms whose words mislead a lexicon
  { pattern: 'bad ass|asses', valence: 1.5, note: IDIOM },
  { pattern: 'badass', valence: 1.5, note: IDIOM },
  { pattern: 'oh no|noes|nooo', valence: -1.5, note: IDIOM },
  { pattern: 'yeah|yea right', valence: -0.8, note: IDIOM },
  { pattern: 'the bomb', valence: 1.8, note: IDIOM },
  { pattern: 'kiss of death', valence: -1.5, note: IDIOM },
  { pattern: 'to die for', valence: 2.5, note: IDIOM },
  { pattern: 'no brainer', valence: 1.0, note: IDIOM },
  { pattern: 'not bad at all', valence: 1.6, note: IDIOM },
  { pattern: 'no doubt', valence: 0.6, note: IDIOM },
  // reassurance and resolution
  { pattern: 'no problem|problems|prob|probs|worries|issue|issues|trouble', valence: 1.0, note: REASSURANCE },
  { pattern: 'not a problem', valence: 1.0, note: REASSURANCE },
  { pattern: 'problem|issue solved|resolved|fixed|sorted', valence: 1.8, note: RESOLVED },
  { pattern: 'all set|sorted|good', valence: 1.3, note: RESOLVED },
  { pattern: 'good to go', valence: 1.4, note: RESOLVED },
  { pattern: "that's|thats|that is|will? be? all|everything", valence: 0.5, note: RESOLVED },
  { pattern: 'no thanks|thank|thx|ty', valence: 0, note: 'polite decline' },
  { pattern: "i'm|im|i am afraid", valence: -0.3, note: 'hedge' },
  { pattern: 'works|working now|fine|perfectly|great', valence: 1.8, note: RESOLVED },
];
