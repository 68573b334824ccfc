import { Redactor } from '@redactpii/node';
import { alignRedactedOutput } from './align-output.js';
import type { Predicted } from './metrics.js';

/** A system under test: spans for one utterance, given the utterance before it (peers ignore it). */
export interface RedactionSystem {
  name: string;
  predict(text: string, previous: string | undefined): Predicted[];
}

/** Peer placeholders mapped to Undertone's categories; undefined marks data a peer removes without a category we score. */
const PLACEHOLDERS: Record<string, string | undefined> = {
  CREDIT_CARD_NUMBER: 'card',
  US_SOCIAL_SECURITY_NUMBER: 'ssn',
  EMAIL_ADDRESS: 'email',
  PHONE_NUMBER: 'phone',
  STREET_ADDRESS: 'address',
  DIGITS: undefined,
  ZIPCODE: undefined,
  PERSON_NAME: undefined,
  IP_ADDRESS: undefined,
  URL: undefined,
  USERNAME: undefined,
  PASSWORD: undefined,
  CREDENTIALS: undefined,
};

/**
 * The peers that are installed. redact-pii is not a dependency of the repository (it pulls in a cloud client of about
 * 50 MB that every install would pay for); `npm install --no-save redact-pii@3` before the bench adds it.
 */
export async function peerSystems(log: (line: string) => void): Promise<RedactionSystem[]> {
  const redactpiiNode = new Redactor();
  const systems: RedactionSystem[] = [];
  try {
    const { SyncRedactor } = (await import('redact-pii' as string)) as { SyncRedactor: new () => { redact(text: string): string } };
    // Its built-in regular expressions and name list, no cloud service.
    const redactPii = new SyncRedactor();
    systems.push({ name: 'redact-pii 3.4', predict: (text) => alignRedactedOutput(text, redactPii.redact(text), PLACEHOLDERS) });
  } catch {
    log('redact-pii is not installed, so its column is left out: `npm install --no-save redact-pii@3` adds it.');
  }
  systems.push({ name: '@redactpii/node 1.0', predict: (text) => alignRedactedOutput(text, redactpiiNode.redact(text), PLACEHOLDERS) });
  return systems;
}
