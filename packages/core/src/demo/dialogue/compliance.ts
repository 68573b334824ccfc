import * as L from '../templates/compliance-lines.js';
import { agentSays } from './agent-turns.js';
import { fresh, addTurn, type DemoStage, type Dialogue } from './script.js';

/** Tags of lines read from a script: rendered without fillers, since agents read them off the screen. */
export const SCRIPTED_TAGS: ReadonlySet<string> = new Set([
  'recording_disclosure', 'debt_collection_disclosure', 'pricing_disclosure', 'cancellation_honored', 'payment_terms_confirmed',
]);

/** Each required line is its own chance to forget: most agents almost never do, a skipper often does. */
export function readsScript(d: Dialogue): boolean {
  return !d.rng.chance(d.tendencies.skipsDisclosure);
}

/** The debt-collector notice, once the right party is verified (collections only). */
export function writeDebtCollectionDisclosure(d: Dialogue): void {
  if (d.scenario.callType !== 'collections' || !readsScript(d)) return;
  agentSays(d, 'verification', [{ text: fresh(d, L.DEBT_COLLECTION_DISCLOSURES), behavior: 'debt_collection_disclosure' }], { allowInterrupt: false });
  addTurn(d, { speaker: 'customer', text: fresh(d, L.NOTICE_ACKS), stage: 'verification' });
}

/** The pricing terms, appended to the turn that quotes the first price (sales only). */
export function pricingDisclosurePart(d: Dialogue): { text: string; behavior: string } | undefined {
  if (d.scenario.callType !== 'sales' || !readsScript(d)) return undefined;
  return { text: fresh(d, L.PRICING_DISCLOSURES), behavior: 'pricing_disclosure' };
}

/** Before the save attempt, the agent confirms the customer can still cancel (retention only). */
export function writeCancellationAssurance(d: Dialogue, stage: DemoStage): void {
  if (d.scenario.callType !== 'retention' || !readsScript(d)) return;
  agentSays(d, stage, [{ text: fresh(d, L.CANCELLATION_ASSURANCES), behavior: 'cancellation_honored' }]);
  addTurn(d, { speaker: 'customer', text: fresh(d, L.NOTICE_ACKS), stage });
}

/** The agreed payment read back before it is set up (collections only). */
export function writePaymentTermsConfirmation(d: Dialogue, stage: DemoStage): void {
  if (d.scenario.callType !== 'collections' || !readsScript(d)) return;
  agentSays(d, stage, [{ text: fresh(d, L.PAYMENT_TERMS_CONFIRMATIONS), behavior: 'payment_terms_confirmed' }], { allowInterrupt: false });
  addTurn(d, { speaker: 'customer', text: fresh(d, L.TERMS_AGREED), stage });
}
