/**
 * Cue phrases for the built-in stage configs, written in normalized form (lowercase, contractions
 * expanded: "do not", "can not", "i am"). Shared lists apply to every call type; the per-type
 * lists add the vocabulary of support, sales, retention and collections calls.
 */

export const OPENING_CUES = [
  'thank you for calling', 'thanks for calling', 'thank you for contacting', 'thanks for contacting',
  'my name is', 'you are speaking with', 'you have reached', 'welcome to', 'how can i help', 'how may i help',
  'how can i assist', 'how may i assist', 'what can i do for you', 'good morning', 'good afternoon', 'good evening',
  'hi this is', 'hello this is', 'this is * speaking', 'this is * from', 'calling from',
  'how are you', 'how is it going', 'doing well', 'pleasure of speaking', 'who am i speaking with', 'who do i have',
  'what can i help you with', 'hi * this is', 'hi there this is', 'may i speak with', 'may i speak to',
  'may be recorded', 'is recorded', 'being recorded', 'recorded line', 'quality purposes', 'quality assurance',
];

export const VERIFICATION_CUES = [
  'verif*', 'confirm your identity', 'confirm your name', 'confirm your address', 'date of birth', 'last four',
  'social security', 'security question', 'security purposes', 'for security', 'account number', 'zip code',
  'postal code', 'billing address', 'can i have your name', 'can i get your name', 'full name', 'spell your',
  'phone number on the account', 'email on the account', 'email address on the account', 'passcode', 'pin number',
  'one time code', 'mother maiden name', 'am i speaking with', 'what name is', 'name on the account',
  'name is it under', 'account holder',
  'on file', 'member number', 'policy number', 'customer number', 'service address', 'delivery address', 'mailing address',
  'current address', 'your address', 'the address on', 'name on the', 'email on', 'pull up your account', 'pull the account',
  'pull up the account', 'look up your account', 'confirmation code', 'booking reference', 'passenger name', 'right person', 'policyholder',
];
/** The agent has found or verified the account: identity checks are over. */
export const VERIFICATION_EXIT_CUES = [
  'i see your account', 'i have your account', 'i found your account', 'i have found your account', 'pulled up your account',
  'pulled your account up', 'that checks out', 'that matches', 'you are verified', 'you have been verified',
  'thank you for verifying', 'thanks for verifying', 'thank you for confirming', 'thanks for confirming',
  'i have the account', 'account pulled up', 'pulled up', 'account open', 'all verified',
  'i have your booking', 'i have your reservation', 'i have your policy',
];

export const DISCOVERY_CUES = [
  'i am calling about', 'i am calling because', 'i am calling to', 'the reason i am calling', 'calling about',
  'i need help with', 'i have a question', 'what seems to be', 'what is going on', 'what happened',
  'can you tell me', 'can you describe', 'tell me more', 'when did', 'how long has', 'what are you looking for',
];

export const SUPPORT_DISCOVERY_CUES = [
  'not working', 'does not work', 'stopped working', 'is broken', 'problem', 'issue', 'error', 'trouble',
  'keeps *', 'charged twice', 'double charged', 'i was charged', 'overcharged', 'since yesterday', 'since last', 'what do you see', 'what does it say', 'have you tried',
];

export const SALES_DISCOVERY_CUES = [
  'what matters most', 'budget', 'currently using', 'how many users', 'how many people', 'tell me about your',
  'what are you using', 'interested in', 'looking to', 'looking at', 'i am looking', 'what would you use',
];

export const HOLD_CUES = [
  'put you on hold', 'place you on hold', 'placing you on hold', 'putting you on hold', 'on a brief hold',
  'on a quick hold', 'hold for a moment', 'hold for a minute', 'hold for one moment', 'can you hold', 'can you please hold',
  'mind if i put you', 'bear with me', 'one moment please',
  'give me a moment', 'give me one moment', 'give me a minute', 'give me just a minute', 'give me a second', 'give me one second',
  'give me just a second', 'one sec', 'just a moment', 'just a second', 'just a minute', 'hold on one', 'hold on a', 'mind holding',
  'while i check', 'while i look', 'while that loads', 'while it loads', 'while i talk to', 'while i run',
];
export const HOLD_EXIT_CUES = [
  'for holding', 'for waiting', 'for your patience', 'sorry for the wait', 'sorry to keep you waiting', 'for bearing with me',
  'are you still there', 'still with me',
];

export const TRANSFER_CUES = [
  'transfer you', 'transferring you', 'transfer your call', 'transfer the call', 'connect you with', 'connect you to',
  'put you through', 'warm transfer', 'right department', 'another department', 'the right team', 'get my supervisor',
  'bring in my supervisor', 'supervisor on the line', 'transferred to',
  'handled by', 'hand you over', 'hand you off', 'pass you to', 'get a supervisor', 'get you a supervisor',
];

/** Stating a price, fee or charge. */
export const PRICE_DISCLOSURE_CUES = [
  'the price is', 'price', 'pricing', 'priced', 'the cost', 'cost of', 'it costs', 'that costs', 'how much', 'fee', 'fees',
  'you will be charged', 'will be charged', 'charge for', 'a charge', 'no charge', 'plus tax', 'the total is', 'total comes to',
  'your total', 'rate is', 'the rate', 'fare', 'percent',
];

/**
 * Amounts of money and billing periods. In support and sales calls they disclose a price; in retention calls they are
 * mostly the offer and in collections calls the payment arrangement, so those call types count them there.
 */
export const AMOUNT_CUES = ['dollars', 'cents', 'per month', 'a month', 'monthly', 'per year', 'a year', 'annual*'];

export const PRICING_CUES = [...PRICE_DISCLOSURE_CUES, ...AMOUNT_CUES];

/** Pushing back on a price, an offer or a proposal (complaints about the service are not objections). */
export const OBJECTION_CUES = [
  'too expensive', 'too much', 'can not afford', 'not interested', 'need to think', 'think about it', 'let me think',
  'not sure about', 'i am not sure', 'competitor', 'cheaper', 'better deal', 'better price', 'other company', 'already have',
  'not right now', 'no thanks', 'no thank you', 'that is a lot', 'i will pass', 'not worth', 'out of my budget',
  'over my budget', 'sounds like a lot', 'i would rather not', 'not for me',
  'more than i expected', 'more than i thought', 'a bit much', 'too high', 'a lot of money', 'still a lot', 'a lot for',
  'that is steep', 'pricey', 'add up', 'that much', 'ridiculous', 'crazy', 'outrageous', 'not fair', 'unfair', 'rip off',
  'not paying', 'not going to pay', 'i will not pay', 'why should i pay', 'should not have to pay', 'do not owe', 'i owe this',
  'nobody told', 'no one told', 'nobody mentioned', 'never told', 'first i am hearing', 'never got a bill', 'take it off',
  'going to be hard', 'hard for us', 'still more than', 'i do not love', 'hassle',
  'not convinced', 'i hear stories', 'heard bad things', 'what if i', 'set on', 'made up my mind', 'already decided',
  'still want to cancel', 'just want to cancel', 'talk to my wife', 'talk to my husband', 'talk to my partner', 'run it by',
  'sleep on it', 'think it over', 'does not charge', 'went with', 'not sure we can', 'justify', 'a whole thing',
];

export const RESOLUTION_CUES = [
  'i have gone ahead', 'i went ahead', 'i have processed', 'i have issued', 'i have updated', 'i have reset',
  'i have fixed', 'i have resolved', 'i have applied', 'i have credited', 'i have changed', 'i have cancelled',
  'i have canceled', 'issued the refund', 'issued a refund', 'processed the refund', 'processed a refund', 'refund will', 'should be working', 'is working now', 'works now', 'it is done', 'all set',
  'taken care of', 'that should fix', 'the fix', 'you will receive', 'you should receive', 'confirmation email',
  'confirmation number', 'ticket number', 'reference number', 'next steps', 'does that work for you',
  'did that fix', 'does that solve', 'is that resolved', 'i can do that for you',
  'i have scheduled', 'i have booked', 'i have rebooked', 'i have refunded', 'i have filed', 'i have moved', 'i have switched',
  'i have put', 'i have added', 'i have set up', 'i have set you up', 'i have sent', 'i have submitted', 'i have lowered', 'i have waived',
  'i have removed', 'i have placed', 'i have ordered', 'i have reversed', 'i have activated', 'i have enabled', 'i have requested',
  'i have escalated', 'i have arranged', 'i have adjusted', 'i have extended', 'i have also',
  'i am switching', 'i am lowering', 'i am canceling', 'i am cancelling', 'i am sending', 'i am booking', 'i am scheduling',
  'i am putting you', 'i am moving you', 'i am adding', 'i am applying', 'i am crediting', 'i am refunding', 'i am waiving',
  'you are confirmed', 'you are booked', 'you are set up', 'you are set for', 'you are good to go', 'you are all good',
  'you will get a', 'you will get an', 'you will also get', 'you will see', 'you should see', 'you should get', 'will show up',
  'shows up on', 'back on your card', 'business days', 'in a few minutes', 'in the next few minutes', 'a confirmation',
  'confirmation letter', 'confirmation text', 'to confirm', 'went through', 'was approved', 'has been cancelled', 'has been canceled',
  'is scheduled', 'effective today', 'effective immediately', 'starting today', 'starts today', 'next statement', 'a reminder',
  'i will text you', 'i will email', 'i will mail you', 'i will send you', 'call you back', 'a call back', 'what i would recommend',
  'what i would suggest',
];

/** Working the fix in a support call: troubleshooting steps, remote actions, a visit booked. */
export const SUPPORT_RESOLUTION_CUES = [
  'unplug', 'plug it back', 'restart', 'reboot', 'factory reset', 'reset it', 'power cycle', 'turn it off',
  'turn it back on', 'refresh signal', 'reinstall', 'clear the cache', 'log out and', 'i am going to send',
  'i will send', 'send a technician', 'a technician', 'schedule a technician', 'replace the', 'replacement',
  'try it now', 'is it working now', 'working now', 'go ahead and open', 'go ahead and try',
  'go to settings', 'click on', 'tap on', 'can you try', 'try that', 'reconnect', 'log back in', 'sign back in',
  'a new one', 'file a dispute', 'filed a dispute', 'provisional credit', 'a credit', 'i can get someone out', 'put you on the',
];

export const SALES_RESOLUTION_CUES = [
  'sign you up', 'place the order', 'place your order', 'process your order', 'get you started', 'get that set up',
  'order number', 'welcome aboard', 'send you the contract', 'send over the agreement',
  'let us do', 'let us go with', 'sign me up', 'i will take it', 'works for me', 'book you', 'schedule a test', 
  'would you like to schedule', 'which card', 'card on file', 'card number',
];

export const CLOSING_CUES = [
  'anything else', 'have a great day', 'have a good day', 'have a nice day', 'have a wonderful', 'have a good one',
  'have a great one', 'have a good evening', 'have a great evening', 'bye', 'goodbye', 'good bye', 'take care',
  'thank you for your time', 'thanks for your time', 'appreciate your business', 'short survey', 'that is all',
  'that is everything', 'nothing else', 'you too',
];

export const RETENTION_DISCOVERY_CUES = [
  'cancel', 'cancel*', 'close my account', 'close the account', 'end my service', 'switching to', 'leaving', 'why you want to',
  'reason for canceling', 'reason for cancelling',
];

export const OFFER_CUES = [
  'offer', 'i can offer', 'i can give you', 'discount', 'special', 'promotion', 'promo', 'waive', 'months free',
  'month free', 'free for', 'lower your', 'reduce your', 'loyalty', 'credit of', 'at no extra', 'at no additional',
  'no additional cost', 'instead of canceling', 'instead of cancelling', 'keep your account', 'before you go',
  'downgrade', 'pause your', 'no commitment', 'no contract', 'for * months', 'bring your bill down', 'lower rate',
  'your options', 'a few options', 'two options',
  'half price', 'half off', 'percent off', 'off your bill', 'off your next', 'move you to',
  'switch you to', 'would you consider', 'what i can do', 'one thing i can do', 'freeze', 'keep your rate', 'you would keep',
  'for the first',
];

export const COLLECTIONS_OPENING_CUES = ['attempt to collect a debt', 'this call may be recorded', 'this call is being recorded'];

export const COLLECTIONS_DISCOVERY_CUES = [
  'balance', 'past due', 'overdue', 'outstanding', 'amount due', 'owe', 'delinquent', 'missed payment', 'missed a payment',
  'behind on', 'why the payment',
  'lost my job', 'laid off', 'hours got cut', 'hours were cut', 'out of work', 'hospital', 'medical bills', 'got sick',
  'divorce', 'fell behind', 'got behind', 'hardship',
];

export const PAYMENT_ARRANGEMENT_CUES = [
  'payment plan', 'payment arrangement', 'arrangement', 'installment*', 'split the payment', 'split it', 'pay in',
  'partial payment', 'pay today', 'pay the balance', 'pay the full', 'make a payment', 'set up a payment',
  'schedule a payment', 'promise to pay', 'when can you pay', 'how much can you pay', 'can you pay', 'autopay',
  'auto pay', 'post date*', 'postdate*', 'by the first', 'by the fifteenth', 'next friday', 'on payday',
  'payments', 'put down', 'down payment', 'afford', 'manageable', 'split', 'due date', 'payday', 'paycheck',
  'first payment', 'next payment', 'each month', 'every month', 'weekly', 'every two weeks', 'biweekly', 'starting',
];
