/**
 * Phrase families shared by the default catalog's patterns, referenced as {name}.
 * Words are normalized forms: lowercase, contractions expanded ("i am", "do not"), fillers removed.
 */
export const DEFAULT_FAMILIES: Record<string, string[]> = {
  adverb: ['(really|totally|completely|fully|absolutely|definitely|certainly|truly|just|so|do|can|can definitely|can totally|can certainly|can really|can completely|can fully|completely can)'],
  ack_verb: ['(understand|get|hear|see|know|appreciate|realize|recognize|feel)'],
  feeling: [
    '(frustrat*|annoy*|upset*|stress*|worr*|disappoint*|inconvenien*|difficult|hard|tough|awful|terrible|horrible|scar*|concern*|aggravat*|irritat*|important|painful|unfair|exhaust*|overwhelm*|angry|mad|rough|nightmare|hassle|unsettling|bad|nerve*|infuriat*|fed|hurt*|sad|anxious|confusing|unpleasant|miserable)',
  ],
  contrast: ['(but|however|although|though|unfortunately|nevertheless|nonetheless|that said|having said that|that being said|at the same time)'],
  negative_eval: [
    '(impossible|impossible to use|downhill|disappointing|frustrating|infuriating|annoying|unusable|unwatchable|wrong|broken|a headache|a hassle|a pain|terrible|awful|horrible|ridiculous|unacceptable|joke|nightmare|worst|worse|useless|pathetic|garbage|trash|rubbish|outrageous|absurd|insane|disgraceful|shocking|appalling|lousy|crap|crappy|shambles|mess|disaster|scam|ripoff|rip off|incompetent|unreliable|infuriating|a joke|a nightmare|a disaster|a mess|a scam|a waste|disgusting|unbelievable|a disgrace|poor)',
  ],
  third_party: ['(store|bank|courier|carrier|post office|manufacturer|vendor|installer|warehouse|retailer|landlord|developer|delivery (company|driver|guy)|shipping (company|team)|other (team|department|agent|rep)|previous (agent|rep)|technician|tech|contractor|partner)'],
  past_time: ['(yesterday|earlier|before|previously|already|last (week|month|time|night|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|this morning|(a|two|three|four|five|few|couple of|couple) (days|weeks|months|times) ago|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(monday|tuesday|wednesday|thursday|friday|saturday|sunday))'],
  aux: ['(is|are|was|were|do|does|did|can|could|would|will|have|has|had|should|shall|may|am|might)'],
  subject: ['(you|it|that|this|there|they|we|i|he|she|the|your|everything|anything|someone|anyone|any|these|those|my|our|his|her|a)'],
  own_verb: [
    '(make sure|make|get|take|handle|fix|sort|look|follow|call|send|stay|put|process|reverse|submit|open|file|escalate|email|update|credit|refund|waive|set|schedule|book|order|reach|check back|keep|monitor|push|add|remove|change|apply|reset|work|personally|go ahead|resolve|correct|replace|ship|expedite|request|raise|log|create|note|flag|investigate|chase|contact|text|cancel|remove|issue|activate|restore|arrange|see to|do everything|do my best|do whatever|be the one|own|ensure|guarantee|stay on|walk you|give you a call|ring you|personally)',
  ],
  sorry: ['((i am|we are|i am so|i am really|i am very|i am truly|we are so|we are really|we are very|so|really|very|terribly|truly) sorry|sorry)'],
  backchannel: ['(mhm|mm|mmm|mmhm|uh huh|huh|okay|right|yeah|yes|yep|yup|sure|i see|got it|alright|oh|wow|really|gotcha|exactly|true|totally|of course|no|absolutely|definitely|correct|perfect|great|cool|nice|ah okay|oh okay|oh no|sure thing|understood|fine|ya)'],
};
