import type { Scenario } from '../scenario.js';

export const passwordReset: Scenario = {
  id: 'password_reset', title: 'Account access and password reset', callType: 'support', queue: 'Tech Support', middleStage: 'troubleshoot',
  outboundShare: 0, startMood: [-0.35, 0.15], repeatContactChance: 0.15, urgencyChance: 0.25,
  reason: [
    '[Hi, |]I [can\'t|cannot] [log in|sign in|get into] [my account|the app] [anymore|since the update].',
    '[Yeah, |]I [forgot|lost] my password and the reset [email|link] [never comes|isn\'t showing up].',
    '[So, |]the app [says|keeps saying] my account is locked.',
    'I\'m [not getting|not receiving] the [verification|security] code [on my phone|by text].',
    '[I think|I\'m worried] someone [got into|hacked] my account, [the email was changed|I got a weird alert].',
  ],
  details: ['I [tried|did] the reset [like|about] [three|five] times[ already|].', 'I [changed|got a new] phone [number|] [last month|recently].', 'It [says|keeps saying] "[something went wrong|invalid code|try again later]".', 'I need [to pay my bill|to get my statements] [today|for my taxes].'],
  probes: ['Is the email [on file|on the account] still {email}?', 'Are you [trying|logging in] [on the app|on the website] or both?', 'What [does|exactly does] the error [say|message say]?', 'Did you [get|receive] [an alert|any email] about a [password change|new login]?', 'Is the phone number [ending|on the account] [still|the one ending] in {last4}?'],
  openProbes: ['[Walk me through|Tell me] what happens when you [try to log in|hit reset].', 'What [were you|are you] [trying to do|hoping to do] in the account today?'],
  answers: ['[Yes|Yeah], {email}.', '[The app|Both], [mostly the app|I tried both].', 'It says "[invalid code|account locked|too many attempts]".', '[Yeah|Yes], [an email about a new device|something about a new login].', '[No|Nope], [that\'s my old number|it changed].'],
  work: ['[Okay, |]I\'m [sending|going to send] a reset link to {email} [now|right now].', '[Can you|Go ahead and] check your [inbox|spam folder] [for|for an email from] {company}?', 'I\'ve [unlocked|cleared the lock on] the account[ on my end|].', '[Try|Go ahead and try] [logging in|signing in] [again|now] with the [temporary|new] password.', 'I\'m [updating|changing] the [phone number|number on file] [so codes go to|to] your new phone.'],
  workReplies: ['[Okay, |]it [came|just came] through.', '[Nothing yet|Still nothing].', '[Oh, |]it was in spam[, ugh|].', '[Okay|Alright], [I\'m in|it worked]!', '[It\'s|It is] [asking|saying] [for a new password|to verify].'],
  pushback: ['I [already|literally] checked spam[, twice|].', '[Why|How] did it [lock|get locked] [in the first place|anyway]?', 'I [just|really just] need to [get in|pay the bill], [this is taking forever|why is this so hard].'],
  options: ['I can [send|resend] the link [by text|to your phone] instead, or [reset it|set a temporary password] [here|for you] [on the call|right now] — [your pick|which do you prefer]?', 'If you\'d rather [not deal with the app|skip the app], I can [take the payment|send the statement] [here|by email] today, [and|or] [we can|I can] [fix the login|walk you through it] [after|later].'],
  fix: ['[Okay, |]you\'re [back in|logged in], and [I\'ve|I have] [added|turned on] [two-step verification|a security alert] [for you|].', '[The|Your] [password|account] is [reset|unlocked] and [the|your] [phone number|contact info] is [updated|fixed].', '[I\'ve|I have] [secured|locked down] the account, [reversed|undone] the email change, and [flagged|noted] it [for|with] our fraud team.'],
  jargon: ['[Your|The] [SSO|IdP] [token|session] [expired|was revoked], so I\'ll [force|push] [a|an] [MFA|2FA] re-enroll [and|then] [clear|purge] the [cache|cookies].', 'The [account|profile] [hit|tripped] a [velocity|rate] [lock|limit] [on|in] [the auth|our IAM] [service|layer].'],
  policy: ['[For security|Per our security policy], [I can\'t|I\'m not able to] [change|update] [the email|contact info] [over the phone|without a code].', '[Policy|Our policy] [says|is that] [locked|flagged] accounts [stay locked|are reviewed] for twenty-four hours.'],
  blame: ['[That\'s|It\'s] [usually|probably] [your email provider|your phone carrier] [blocking|filtering] it, not [us|our system].', '[The app team|IT] [pushed|did] [an update|that update] [that broke|and it broke] [logins|it], [not us|nothing to do with me].'],
  recap: ['[we reset|the password\'s reset], [your|the] [number|phone] is [updated|fixed], and [two-step|2-step verification] is [on|turned on].', 'you\'re [back in|logged in], [the account|everything] is [secured|locked down], and [fraud|our fraud team] [has|is looking at] [the alert|it].'],
  holdReason: ['[check|look at] the [login history|security log]', 'check with [our|the] [security|fraud] team'],
};
