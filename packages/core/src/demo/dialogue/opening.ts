import { say, joinSentences } from '../phrase.js';
import * as O from '../templates/agent-opening.js';
import { ACK_BEFORE_VERIFY } from '../templates/agent-moves.js';
import * as C from '../templates/customer-moves.js';
import { agentSays } from './agent-turns.js';
import { writeDebtCollectionDisclosure } from './compliance.js';
import { customerSays } from './customer-turns.js';
import { fresh, addTurn, type Dialogue } from './script.js';

const OUTBOUND_INTROS = ['[This is|It\'s] {agent} [from|with|calling from] {company}.', '[Great, |Hi, |]I\'m {agent}[, calling| and I\'m calling] from {company}.', '[Thanks. |]{agent} here, from {company}.', ''];

function disclosure(d: Dialogue): { text: string; behavior?: string } {
  if (d.rng.chance(d.tendencies.skipsDisclosure)) return { text: '' };
  return { text: say(O.DISCLOSURES, d.slots, d.rng), behavior: 'recording_disclosure' };
}

/** Greeting, disclosure and the reason for the call, inbound or outbound. */
export function writeOpening(d: Dialogue): void {
  const { rng, slots, scenario } = d;
  if (d.direction === 'inbound') {
    const notice = disclosure(d);
    const noticeFirst = notice.text && rng.chance(0.5);
    agentSays(d, 'opening', [{ text: fresh(d, O.INBOUND_GREETINGS), behavior: 'greeting' }, ...(noticeFirst ? [notice] : [])]);
    const hello = rng.chance(0.5) ? fresh(d, C.CUSTOMER_HELLOS) : '';
    customerSays(d, 'opening', joinSentences(hello, fresh(d, scenario.reason)), ['call_reason'], true);
    if (notice.text && !noticeFirst) {
      agentSays(d, 'opening', [{ text: say(ACK_BEFORE_VERIFY, slots, rng) }, notice]);
      customerSays(d, 'opening', say(C.MOOD_REPLIES[2] ?? [], slots, rng));
    }
    return;
  }
  const greeting = fresh(d, O.OUTBOUND_GREETINGS);
  agentSays(d, 'opening', [{ text: greeting, behavior: 'greeting' }]);
  addTurn(d, { speaker: 'customer', text: fresh(d, C.OUTBOUND_ANSWERS), stage: 'opening' });
  const purpose = scenario.outboundPurpose ?? scenario.reason;
  agentSays(d, 'opening', [{ text: greeting.includes(slots.agent ?? '') ? '' : say(OUTBOUND_INTROS, slots, rng) }, disclosure(d), { text: say(purpose, slots, rng) }]);
  customerSays(d, 'opening', fresh(d, scenario.details), [], true);
}

/** Identity checks: one or two questions, the occasional mismatch, then confirmation. */
export function writeVerification(d: Dialogue): void {
  const { rng, slots } = d;
  const asks = rng.chance(0.45) ? 2 : 1;
  for (let i = 0; i < asks; i++) {
    const lead = i === 0 && d.direction === 'inbound' ? say(ACK_BEFORE_VERIFY, slots, rng) : '';
    // A collector confirms the right person (name, birth date, zip) with a full question before anything else.
    const rightPartyCheck = i === 0 && d.scenario.callType === 'collections';
    const check = rng.pick(rightPartyCheck ? O.VERIFY_CHECKS.slice(0, 3) : O.VERIFY_CHECKS);
    const askTemplates = rightPartyCheck ? check.ask.slice(0, 1) : check.ask;
    agentSays(d, 'verification', [{ text: lead }, { text: say(askTemplates, slots, rng), behavior: 'verification' }], { allowInterrupt: false });
    addTurn(d, { speaker: 'customer', text: say(check.answer, slots, rng), stage: 'verification' });
    if (rng.chance(0.12)) {
      agentSays(d, 'verification', [{ text: fresh(d, O.VERIFY_FAILS) }], { allowInterrupt: false });
      addTurn(d, { speaker: 'customer', text: fresh(d, C.VERIFY_ALTERNATES), stage: 'verification' });
    }
  }
  agentSays(d, 'verification', [{ text: fresh(d, O.VERIFY_THANKS) }], { allowInterrupt: false });
  writeDebtCollectionDisclosure(d);
}
