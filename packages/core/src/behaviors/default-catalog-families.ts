/**
 * Phrase families shared by the default catalog's patterns, referenced as {name}.
 * Words are normalized forms: lowercase, contractions expanded ("i am", "do not"), fillers removed.
 */
export const DEFAULT_FAMILIES: Record<string, string[]> = {
  adverb: ['(really|totally|completely|fully|absolutely|definitely|certainly|truly|just|so|do|can|can definitely|can totally|can certainly|can really|can completely|can fully|completely can)'],
  ack_verb: ['(understand|get|hear|see|know|appreciate|realize|recognize|feel|acknowledge)'],
  refusal: ['(can not|could not|will not|would not|unable|not able|no way|nothing|not possible|not going to|not allowed|not permitted|rules|policy|policies|process|procedure|stands|final|still|tied|have to|has to|non refundable|not refundable)'],
  loved_one: ['(husband|wife|partner|mother|mum|mom|father|dad|son|daughter|child|children|kid|kids|baby|brother|sister|family|grandmother|grandma|grandfather|grandpa|nan|gran|parent+|pet|dog|cat|friend|uncle|aunt)'],
  feeling: [
    '(disheart*|demoraliz*|demoralis*|discourag*|shock*|heartbreak*|gutting|gutted|devastat*|distress*|alarming|frighten*|traumati*|draining|upsetting|frustrat*|annoy*|pain|headache|ordeal|bummer|upset*|stress*|worr*|disappoint*|inconvenien*|difficult|hard|tough|awful|terrible|horrible|scar*|concern*|aggravat*|irritat*|important|painful|unfair|exhaust*|overwhelm*|angry|mad|rough|nightmare|hassle|unsettling|bad|nerve*|infuriat*|fed|hurt*|sad|anxious|confusing|unpleasant|miserable|cheesed|hacked off|brassed off|peeved|miffed|rattled|shaken|livid|fuming|furious|panick*|frantic|terrif*|embarrass*|humiliat*|let down|worn out|drained|on edge)',
  ],
  feeling_be: ['(is|was|has been|sounds|seems|must be|must have been|looks|would be|can be|(has|have|got) to be)'],
  after_feeling: ['(for sure|honestly|really|too|for you|to you|for anyone|right now|at all|to be in|to wake up to|to come home to|to find|to deal with|to go through|to hear|to have|to experience|to face|to see|to come back to)'],
  defect: ['(cold|stone cold|soggy|undercooked|raw|dirty|filthy|smelly|unclean|infested|overcooked|burnt|soaked|soaking|waterlogged|ruined|spoiled|spoilt|stale|mouldy|moldy|rotten|expired|tampered|squashed|crumpled|shattered|chipped|stained|soaked through|wrong|incorrect|inaccurate|broken|not right|messed up|late|missing|damaged|faulty|defective|cracked|dead|smashed|crushed|scratched|torn|ripped|dented|wet|leaking|incomplete|not working|useless)'],
  contrast: ['(but|however|although|though|unfortunately|nevertheless|nonetheless|that said|having said that|that being said|at the same time)'],
  negative_eval: [
    '(impossible|impossible to use|downhill|disappointing|frustrating|infuriating|annoying|unusable|unwatchable|wrong|broken|a headache|a hassle|a pain|terrible|awful|horrible|ridiculous|unacceptable|joke|nightmare|worst|worse|useless|pathetic|garbage|trash|rubbish|outrageous|absurd|insane|disgraceful|shocking|appalling|lousy|crap|crappy|shambles|mess|disaster|scam|ripoff|rip off|incompetent|unreliable|infuriating|a joke|a nightmare|a disaster|a mess|a scam|a waste|disgusting|unbelievable|a disgrace|poor|a shambles|a farce|a circus|a fiasco|a con|a racket|a liberty|a cowboy outfit)',
  ],
  // `word+` also matches the apostrophe-less possessive of ASR ("the couriers fault").
  third_party: ['(store+|bank+|courier+|carrier+|post office|manufacturer+|vendor+|installer+|warehouse+|retailer+|landlord+|developer+|delivery (company|driver+|guy)|shipping (company|team)|other (team|department|agent|rep)|(previous|last|other) (agent+|rep+|representative+)|technician+|tech|contractor+|partner+|provider+|network provider+|insurer+|insurance company|issuer+|card issuer+|airline+|hotel+|pharmacy|pharmacies|hospital+|clinic+|doctor+|doctor+ office|gp|gp surgery|post|physician+|employer+|council|lender+|payment processor+|processor+|app store|distributor+|supplier+|wholesaler+|previous owner+|prior owner+|former owner+|meter reader+|surveyor+|assessor+|dealer+|dealership+|seller+|marketplace seller+|landlord+|letting agent+|estate agent+|broker+|agency|(rental|hire|car hire|energy|phone|utility|removal|removals|cleaning|letting|management|property|travel|tour|ferry|rail|train|bus) (company|companies|firm+|operator+)|customs|border (force|control|agency)|immigration|head office|merchant+|building manager+|property manager+|managing agent+|night shift|day shift|restaurant+|venue+|organiser+|organizer+)'],
  past_time: ['(yesterday|earlier|days ago|weeks ago|months ago|ages ago|a while (ago|back)|before|previously|already|last (week|month|time|night|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this morning|(a|two|three|four|five|few|couple of|couple) (days|weeks|months|times) ago|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday))'],
  aux: ['(is|are|was|were|do|does|did|can|could|would|will|have|has|had|should|shall|may|am|might)'],
  subject: ['(you|it|that|this|there|they|we|i|he|she|the|your|everything|anything|someone|anyone|any|these|those|my|our|his|her|a)'],
  own_verb: [
    '(reprovision*|reissue|resend|refresh|rebook|reconnect|reactivate|reinstate|redo|reship|make sure|make|get|take|handle|fix|sort|look|follow|call|send|stay|put|process|reverse|submit|open|file|escalate|email|update|credit|refund|waive|set|schedule|book|order|reach|check back|keep|monitor|push|add|remove|change|apply|reset|work|personally|go ahead|resolve|correct|replace|ship|expedite|request|raise|log|create|note|flag|investigate|chase|contact|text|cancel|remove|issue|activate|restore|arrange|see to|do everything|do my best|do whatever|be the one|own|ensure|guarantee|stay on|walk you|give you a call|ring you|personally)',
  ],
  sorry: ['((i am|we are|i am so|i am really|i am very|i am truly|we are so|we are really|we are very|so|really|very|terribly|truly) sorry|sorry)'],
  // Semantic slots for frame patterns ("{cancel_verb} my {service_noun}"); `word+` matches any inflection.
  cancel_verb: ['(cancel+|terminate+|discontinue+|disconnect+|stop+|drop+|end+|close+|close+ out|shut+ (off|down)|get+ rid of|kill+|quit+)'],
  service_noun: [
    '(account+|service+|plan+|subscription+|contract+|line+|membership+|policy|policies|internet|cable|tv|landline|phone service|package+|bundle+|broadband|wifi|streaming|insurance|coverage|tv part|phone part)',
  ],
  competitor: [
    '(competitor+|the competition|(another|a different|a new|a better|a cheaper|other|the other) (provider+|carrier+|company|companies|bank+|service+|network+|isp|insurer+|supplier+|guys)|someone else|somebody else|(the other|another) (lot|crowd|mob|firm|outfit|brand)|vodafone|o2|bt|sky|virgin|virgin media|talktalk|plusnet|octopus|british gas|ovo|edf|geico|progressive|allstate|state farm|chase|wells fargo|capital one|bank of america|barclays|hsbc|lloyds|natwest|santander|monzo|revolut|verizon|at and t|att|t mobile|tmobile|comcast|xfinity|spectrum|cox|frontier|sprint|starlink|centurylink)',
  ],
  boss: ['(manager+|supervisor+|boss|boss+|superior+|team lead|team leads|team leader+|line manager+|floor manager+|shift (lead|leader|manager)|higher up+|head of *1|complaints (manager|team|department)|senior (person|agent|manager|member of staff|staff|colleague))'],
  soon_day: ['(today|tonight|tomorrow|this (morning|afternoon|evening|week|weekend)|first thing|(on|this|next)? (monday|tuesday|wednesday|thursday|friday|saturday|sunday))'],
  deadline_event_strong: ['(getting married|wedding|flight|surgery|operation|procedure|deadline|interview|closing|completion|exam|funeral|hearing|court date|visa appointment|departure|moving day|payroll|rent|mortgage)'],
  deadline_event: ['(getting married|married|wedding|flight|meeting|appointment|surgery|operation|procedure|deadline|interview|closing|completion|exam|event|wedding|funeral|trip|move|moving day|hearing|court date|visa appointment|rent|mortgage|payment|deposit|check in|departure|train|ferry|cruise|exam|shift|payroll)'],
  leave_verb: ['(off|leav+|switch+|go+|mov+|port+|jump+|head+|run+|walk+|tak+ (my|our) business|tak+ (my|our) money)'],
  malfunction: [
    '(log+ (me|us) out|kick+ (me|us) (out|off)|drop+|cut+ out|disconnect+|go+ (down|out|off)|freez+|crash+|buffer+|fail+|stop+ working|die+|lag+|glitch+|reboot+|restart+|shut+ off|turn+ off|break+|broke|mess+ up|screw+ up|los+ (signal|connection|service)|error+|declin+)',
  ],
  service_thing: [
    '(internet|wifi|wi fi|connection|service|signal|phone|tv|cable|app|website|site|router|modem|box|line|network|device|card|account|bill+|charge+|order+|delivery|package|parcel+|item+|product+|food|meal+|furniture|sofa|laptop|tablet|tv|fridge|washer|washing machine|dryer|boiler|meter|replacement|part+|shipment+|suitcase|luggage|bag+|room|car|vehicle|statement+|invoice+|payment+|stream+|channel+|picture|reception)',
  ],
  // What another party should have done: "the bank should have told you" (not "the pharmacy should have it ready").
  failed_duty: ['(done|sent|told|called|checked|processed|put|set|caught|noticed|known|given|fixed|updated|cancelled|canceled|flagged|charged|billed|delivered|left|shipped|approved|submitted|coded|entered|said|asked|informed|mentioned|returned|passed|read|explained|warned|contacted|replied|answered|arrived|installed|connected|activated|removed|added|applied|credited|refunded|signed)'],
  // Acknowledging the customer's situation, used to tell sympathy ("I'm sorry, that sounds awful") from an apology.
  sympathy: ['(that|this|it) (is|sounds|must|has been|seems|was) *4 ({feeling}|a lot|so much|not (okay|ok|fair|fun|acceptable)|(long|rough|tough|hard|bad|stressful|exhausting) (day|week|time|morning|night|month))|(i would|i will|id) (be|feel) *2 (upset|frustrated|annoyed|angry|worried|the same)'],
  other_party: [
    '(they|the system|the app|the computer|the website|(the|your|their|a|that)? {third_party}|(the|that|their|your) (billing|shipping|tech|technical|sales|support|returns|fraud|other|previous|last) (team|department|dept|people|guys|agent|rep|person|side)|(the|your|their) (bank|carrier|provider|courier|isp)|someone else|somebody else|(the|that|another|other) (guy|lady|agent|rep|person|department|team)|ups|fedex|usps|dhl|the post)',
  ],
  done_action: [
    '((took|taken|knocked) *2 off|took care of|pushed through|put in|put through|submitted|processed|refunded|credited|waived|reversed|reissued|issued|ordered|shipped|sent out|scheduled|booked|escalated|filed|opened|removed|applied|added|updated|fixed|corrected|reset|raised|logged|requested|arranged|expedited|replaced|restored|activated|taken care of|sorted out|sorted|resolved|set up|adjusted|cancelled|canceled|re sent|resent|released|unlocked|unblocked|cleared|dropped|lowered|refunded)',
  ],
  // A completed state in a recap: done actions plus where things now stand ("posted", "on its way", "waived").
  done_state: ['({done_action}|posted|rebooked|blocked|moved|paid|swapped|changed|switched|renewed|closed|approved|confirmed|submitted|booked in|waived|on (its|the|their) way|in the post|on hold|sorted|done)'],
  // Remedies an agent can put side by side: "a refund or a replacement", "a credit or a callback".
  remedy: ['(refund|full refund|partial refund|replacement|exchange|credit|account credit|store credit|repair|voucher|gift card|discount|callback|call back|swap|loan car|courtesy car|hire car|home visit|engineer visit|collection|rebooking|reschedule|new one)'],
  backchannel: ['(mhm|mm|mmm|mmhm|uh huh|huh|okay|right|yeah|yes|yep|yup|sure|i see|got it|alright|oh|wow|really|gotcha|exactly|true|totally|of course|no|absolutely|definitely|correct|perfect|great|cool|nice|ah okay|oh okay|oh no|sure thing|understood|fine|ya)'],
};
