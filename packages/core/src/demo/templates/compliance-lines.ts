/**
 * Lines agents read from a compliance script. They stay close to the required wording on purpose:
 * the words are the legal part, only the lead-in varies.
 */

/** Debt-collector disclosure, read once the right party is on the line. */
export const DEBT_COLLECTION_DISCLOSURES = [
  'I\'m required to let you know that this is an attempt to collect a debt and any information obtained will be used for that purpose.',
  '[Before we go any further|Before we go on], [I have to tell you|please be aware] this is an attempt to collect a debt, and any information obtained will be used for that purpose.',
  '[Thank you. |Okay. |]This is an attempt to collect a debt and any information obtained will be used for that purpose.',
  '[Just so you know|For the record], this is an attempt to collect a debt and any information obtained will be used for that purpose.',
  'I do need to read you a short notice: this is an attempt to collect a debt and any information obtained will be used for that purpose.',
];

/** What a customer says after hearing a legal notice. */
export const NOTICE_ACKS = ['Okay.', '[Yeah, |]I know.', '[Mm-hmm|Uh huh].', '[Sure|Fine], go ahead.', '[Okay, |]understood.', 'Right.'];

/** Pricing terms, said when the first price is quoted. */
export const PRICING_DISCLOSURES = [
  '[Just so you know|Just to be clear], prices do not include applicable taxes and fees.',
  '[And|Also], [those|the] prices do not include applicable taxes and fees.',
  'I do have to mention that prices do not include applicable taxes and fees.',
  'Keep in mind [that |]prices don\'t include applicable taxes and fees.',
  '[One thing|One more thing], prices do not include applicable taxes and fees[, those show up on the bill|].',
];

/** Before any save offer: the customer can still leave, and the agent says so. */
export const CANCELLATION_ASSURANCES = [
  '[And just so you know|First off], if you still want to cancel I\'ll process it today — I only want to [make sure you\'ve seen|walk you through] your options first.',
  'If you still want to cancel after this, I can cancel that for you today, no problem.',
  'You can [absolutely|definitely] still cancel — if you still want to cancel [at the end|after we talk], I\'ll process it [right away|today].',
  '[Okay, |]whatever you decide, I can cancel that for you today if that\'s still what you want.',
  '[Nothing\'s locked in|No pressure] — if you still want to cancel, I will process it [today|before we hang up].',
];

/** Confirming the agreed payment back to the customer before it is set up. */
export const PAYMENT_TERMS_CONFIRMATIONS = [
  '[Okay, |So |]just to confirm, you will pay {instalment} on {date}[, and then the same amount each month|].',
  '[Alright, |]to confirm, you\'ll pay {instalment} on the {dayOfMonth}[ with the card ending {last4}|] for {months} months.',
  'Just to recap the payment arrangement: {instalment} on {date}, then {instalment} [every month|monthly] for {months} months.',
  '[So |]your payment of {instalment} will be taken on {date}[ from the card ending {last4}|], [is that right|does that sound right]?',
];

/** Customer agreeing to terms read back to them. */
export const TERMS_AGREED = ['[Yes|Yeah], that\'s right.', '[Okay, |]that works.', '[Yep|Yes], [go ahead|that\'s fine].', '[Fine|Okay], [as long as|if] [that stops the calls|it doesn\'t change].'];
