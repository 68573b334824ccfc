import type { Scenario } from '../scenario.js';

/** A calm support call: moving house. Not every support call starts angry. */
export const moveService: Scenario = {
  id: 'move_service', title: 'Moving service to a new address', callType: 'support', queue: 'Customer Care', middleStage: 'troubleshoot',
  outboundShare: 0, startMood: [-0.15, 0.35], repeatContactChance: 0.05, urgencyChance: 0.3,
  reason: [
    '[Hi, |]we\'re moving [next month|on {date}] and I need to [move|transfer] my [internet|service] to the new place.',
    '[Yeah, |]I\'m [relocating|moving] to {city} and [want|I\'d like] to keep {product}[ if I can|].',
    '[So, |]I just bought a house[!|,] and I need to [set up|transfer] service there.',
    'I need to [change|update] my service address[, we\'re moving across town|].',
    '[Hi, |]can I take my [plan|service] with me [when I move|to a new apartment]?',
  ],
  details: ['The [move|closing] is on {date}[, so I need it working by then|].', 'I [work from home|have a home office], so I [can\'t be without internet|need it the same day].', '[The new place|The apartment] [might|should] already have [fiber|a jack] [in the wall|installed].', 'We\'re [still|] [moving out of|leaving] the old place on {weekday}.'],
  probes: ['What\'s the new address, [including the unit number|with the zip code]?', 'When do you [get the keys|move in]?', 'When should service [stop|end] at the current address?', 'Will you [bring|take] the {device} with you?', 'Is anyone [staying|still living] at the old address?'],
  openProbes: ['[Tell me|Can you tell me] a bit about the new place — [house or apartment|how big is it]?', 'How will you [be using|use] the [internet|service] at the new place?'],
  answers: ['[It\'s|Sure, it\'s] [12|48|210|7] [Maple Street|Oak Avenue|Lakeview Drive], {city}, {zip}.', '[On|We get them] {date}.', '[The day after we move|On {weekday}], [I guess|please].', '[Yeah|Yes], [I\'ll take it|we\'ll pack it].', '[No|Nope], [we\'re all leaving|it\'ll be empty].'],
  work: ['[Good news, |]{product} is available at the new address[ in {city}|].', 'I\'m [checking|looking at] [install dates|appointments] [for|around] {date}.', 'I can [schedule|set] the [disconnect|shutoff] at the old place for {weekday}.', 'The [price|monthly price] [stays|will stay] {price}[, nothing changes there|].', 'I\'m [transferring|moving] the account [over|to the new address] [now|as we speak].'],
  workReplies: ['[Oh, |]great.', '[Okay, |]{weekday} works.', '[And|So] do I [need|have] to be home for that?', '[Is there|Will there be] a fee for [moving|the transfer]?', '[Perfect|Sounds good].'],
  pushback: ['[The earliest|First] [install|slot] is [after|a week after] we move[? That\'s too late.|.]', 'A [move|transfer] fee? [I\'ve|I have] been a customer for {years} years.', '[I can\'t|I won\'t] be [there|home] [all day|for a four-hour window].'],
  options: ['I can [book|schedule] a technician for {date} [in the morning|between eight and noon], or [send you|ship] a self-install kit [so it\'s ready|to arrive] [the day you move in|by {weekday}] — [which is easier?|your choice.]', 'We can [overlap|keep both running] for a few days [at no charge|free], or [switch|cut over] on the same day — [what works best|up to you].'],
  fix: ['[Alright, |]you\'re [all set|booked]: [install|service] at the new address on {date}, [and|plus] the old one [stops|ends] on {weekday}.', '[Done, |]the [move|transfer] [order|request] is in, order number {order}, and I [waived|took off] the {fee} [transfer|move] fee.', '[Okay, |]the self-install kit [ships|is shipping] [today|tomorrow] to the new address[, tracking goes to {email}|].'],
  jargon: ['I\'ll [submit|put in] a [MAC|move order] [with|and] a [same-day|parallel] [CoS|service] [port|cutover] [so the|and the] [ONT|drop] [gets lit|is provisioned] [before|ahead of] [the disco|disconnect].'],
  policy: ['[Per our policy, |][there\'s|we charge] a {fee} [transfer|move] fee [for|on] [all moves|address changes].', '[We need|Policy requires] [at least|a minimum of] [five business days|a week] [notice|lead time] [to schedule|for] [an install|a move].'],
  blame: ['[Scheduling|Dispatch] [sets|controls] [the dates|those slots], [not me|I just see what they give me].', '[The builder|Your landlord] [should have|was supposed to] [wired|wire] the [unit|place] [already|before you moved].'],
  recap: ['[install|service] at the new place is on {date}, the old address [stops|disconnects] on {weekday}, and [the transfer fee is waived|there\'s no transfer fee].', 'your order number is {order}, the self-install kit [ships|is coming] to the new address, and [the price stays|you\'re staying at] {price}.'],
  holdReason: ['check [availability|service] at the new address', 'look for [an earlier|a better] install slot'],
};
