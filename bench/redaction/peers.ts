import { Redactor } from '@redactpii/node';
import { SyncRedactor } from 'redact-pii';
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

export function peerSystems(): RedactionSystem[] {
  // redact-pii: its built-in regular expressions and name list, no cloud service.
  const redactPii = new SyncRedactor();
  const redactpiiNode = new Redactor();
  return [
    { name: 'redact-pii 3.4', predict: (text) => alignRedactedOutput(text, redactPii.redact(text), PLACEHOLDERS) },
    { name: '@redactpii/node 1.0', predict: (text) => alignRedactedOutput(text, redactpiiNode.redact(text), PLACEHOLDERS) },
  ];
}
