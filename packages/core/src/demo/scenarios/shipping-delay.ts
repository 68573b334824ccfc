import type { Scenario } from '../scenario.js';

export const shippingDelay: Scenario = {
  id: 'shipping_delay', title: 'Late or missing order', callType: 'support', queue: 'Orders', middleStage: 'troubleshoot',
  outboundShare: 0, startMood: [-0.6, -0.15], repeatContactChance: 0.3, urgencyChance: 0.4,
  reason: [
    '[Hi, |]my order [hasn\'t arrived|never showed up] and it was [supposed to|meant to] [come|be here] on {date}.',
    '[Yeah, |]I\'m calling about order {order}[, it says delivered but|.] [it\'s not here|I don\'t have it].',
    'I ordered {item} [two weeks ago|on {date}] and [tracking hasn\'t moved|the tracking hasn\'t updated] in {days} days.',
    '[So, |]{item} [came|arrived] [broken|damaged|in pieces] and I [want|need] a [replacement|refund].',
    'I got the wrong [item|order] — I ordered {item} and got [something else|someone else\'s stuff].',
  ],
  details: ['[It\'s|It was] a [birthday|gift] for [my mom|my son|my wife] [on {weekday}|this weekend].', 'The tracking [just|still] says "[in transit|label created|out for delivery]".', 'I [checked|looked] [with the neighbors|around the building|at the front desk].', 'I [paid|even paid] {fee} for [express|expedited] shipping.'],
  probes: ['Can you [confirm|read me] the order number?', 'Is the [shipping|delivery] address [still |]in {city}?', 'Did you [get|see] a [photo|delivery photo] in the [email|tracking]?', 'Is the box [damaged|opened] [too|as well], or just [the item|{item}]?', 'When did tracking [last|last] update?'],
  openProbes: ['[Tell me|Can you tell me] what the tracking [shows|is showing] [on your end|right now]?', 'What [would help you most|works best for you] — [a replacement|a refund|something else]?'],
  answers: ['[It\'s|Yeah,] {order}.', '[Yes|Yep], {city}.', '[There\'s|Yeah, there\'s] a photo but it\'s [not my door|someone else\'s porch].', '[Just|Only] the [item|{item}], [the box was fine|box was okay].', '[Like|About] {days} days ago.'],
  work: ['I [see|can see] [it|the package] [left|shipped from] the warehouse on {date}.', '[Tracking shows|It\'s showing] [it\'s|it was] [stuck|held] at [the|a] [hub|depot] [near|in] {city}.', 'I\'m [opening|filing] a [trace|claim] with {carrier} [now|right now].', 'I [can|could] [reship|send out] {item} [today|by express] [at no charge|for free].', 'I\'ll [refund|put back] the {fee} [shipping|express fee] [since|because] it [didn\'t|never] [arrive|got there] on time.'],
  workReplies: ['[Okay|Right], so [when|what day] [will|would] I [get|have] it?', '[And|So] [if|what if] [the trace|they] [doesn\'t find|don\'t find] it?', '[Okay, |]that would [help|be good].', '[Express|Express shipping], [please|if you can].', '[Do I|Will I] have to [return|send back] the [broken one|damaged one]?'],
  pushback: ['[I don\'t|I can\'t] [want to|] wait [another week|{days} more days].', '[A claim|A trace]? [That|It] [takes forever|could take weeks].', 'I [paid|already paid] for express and [it\'s|it was] [late anyway|still late].'],
  options: ['I can [send|ship] a replacement [today|by express] [so it arrives|to arrive] by {weekday}, or [refund|give you back] the full {amount} [right now|today] — [which would you prefer|your choice]?', '[Option one|One option] is [a replacement|reshipping {item}] [overnight|for free], [option two|or] [a refund|store credit] of {amount} [plus|and] [a {fee} credit|the shipping back].'],
  fix: ['[Okay, |]a replacement [is|has] shipped [overnight|by express] — [new|the new] tracking [is|goes to] {email}.', '[I\'ve|I have] [refunded|issued a refund of] {amount} [to|back to] [the card|your card] ending {last4}[, it takes three to five days to show|].', '[I\'ve|I have] [credited|refunded] [the|your] {fee} [shipping|express fee] [too|as well].', 'The [trace|claim] [is open|is filed] under ticket {ticket}[, and I\'ll email you updates|].'],
  jargon: ['It\'s [showing|sitting] [an|in] [exception|DEX] [scan|status] at the [LTL|sort] [facility|hub], [so|and] [the|an] [RTS|return-to-sender] [flag|might trigger].', 'I\'ll [open|submit] a [tracer|claim] [with|to] the [3PL|carrier] [and|then] [issue|do] an [RMA|exchange] [once|after] it [posts|clears].'],
  policy: ['[Per our policy|The policy is], [we have to|we need to] wait [seven business days|{days} days] [before|to] [filing a claim|reshipping].', '[Refunds|Replacements] [are|can only be] [issued|sent] [once|after] the [carrier|courier] [confirms|finishes the trace].', '[Express|Shipping] [fees|charges] [aren\'t|are not] refundable [per the terms|once shipped].'],
  blame: ['[That\'s|It\'s] [on|up to] {carrier}, [they|the courier] [lost|mishandled] it, [not|it wasn\'t] us.', '[The warehouse|Fulfillment] [packed|shipped] it [wrong|late] — [I\'m|we\'re] [just|only] [customer service|the phone team].'],
  recap: ['[a replacement|{item}] [ships|is shipping] [overnight|by express], the {fee} [shipping is refunded|fee is refunded], and [you\'ll get tracking|tracking goes] to {email}.', 'I [refunded|issued] {amount} to the card ending {last4} and [filed|opened] a [trace|claim] under ticket {ticket}.'],
  holdReason: ['[check|contact] the [warehouse|fulfillment team] about [the stock|the order]', '[reach|call] {carrier} [about the tracking|for an update]'],
};
