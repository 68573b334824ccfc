/**
 * Single words whose sentiment in customer-service talk differs from, or is missing in, general lexicons
 * (VADER scale -4..4). Multi-word cues live in phrase-cues.ts.
 */
export const CONTACT_CENTER_VALENCE: Readonly<Record<string, number>> = {
  // things working or not: "not working", "still not fixed" flip these
  working: 1.0, works: 1.2, worked: 1.2, fixed: 1.5, resolved: 1.6, solved: 1.6, sorted: 1.0, helped: 1.6,
  received: 0.6, arrived: 0.6, available: 0.6, refunded: 1.0, confirmed: 0.6, booked: 0.6, reserved: 0.5,
  // problems
  broken: -2.2, broke: -1.6, error: -1.6, errors: -1.6, outage: -2.0, glitch: -1.5, bug: -1.2, bugs: -1.2,
  crashed: -1.8, crashes: -1.8, crash: -1.6, freezes: -1.6, frozen: -1.0, disconnected: -1.4, dropped: -1.0,
  overcharged: -2.4, overcharging: -2.4, unauthorized: -1.8, scam: -2.8, ripoff: -2.8,
  unprofessional: -2.4,
  delayed: -1.3, delay: -1.1, late: -0.8, waited: -1.0, waiting: -0.6, nobody: -0.8, complaint: -1.6,
  complain: -1.5, refund: -0.7, unable: -1.0, impossible: -1.4, confused: -1.4, fed: 0, lie: -1.6,
  // billing disputes are the most common cause of a complaint
  bill: -0.3, billed: -0.6, billing: -0.3, fee: -0.2, fees: -0.3, overdue: -1.0, deducted: -0.8, deduction: -0.6,
  // HTML entities left in scraped text (&gt; &amp;)
  gt: 0, lt: 0, amp: 0, quot: 0, nbsp: 0,
  // identifiers are not sentiment
  number: 0,
  // chat and social slang
  omg: 0.2, ugh: -1.8, yay: 2.2, woohoo: 2.4, thx: 1.4, luv: 2.6, gr8: 2.6,
  sucked: -2.0, dope: 1.4, lit: 1.0,
};

/**
 * Words a general lexicon scores that are (near) neutral in a service conversation: applied to turns with a
 * speaker, not to stand-alone text such as reviews and posts.
 */
export const CONVERSATION_VALENCE: Readonly<Record<string, number>> = {
  hold: 0, charge: -0.2, charged: -0.6, account: 0, pay: 0, cancel: -0.6, cancelled: -1.0, canceled: -1.0, disability: 0, disabilities: 0,
  please: 0.1, dear: 0.2, sure: 0.6, ok: 0.8, okay: 0.6, yes: 0.5, yeah: 0.2, well: 0, like: 0, kind: 0.6, pretty: 0.6,
  matter: 0, number: 0, free: 0.5, care: 0.8, customer: 0, fine: 1.0, alright: 0.8, welcome: 0.9,
  sorry: -0.6, apologize: -0.3, apologise: -0.3, apologies: -0.3, joke: -0.6, help: 0.4, need: 0, want: 0,
};
