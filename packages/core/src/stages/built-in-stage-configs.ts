import * as cues from './built-in-cues.js';
import { stageConfigSetSchema, type StageConfigSet, type StageDefinition } from './stage-config.js';

type StageInput = Partial<StageDefinition> & Pick<StageDefinition, 'id' | 'cues'>;

const opening = (extra: string[] = []): StageInput => ({
  id: 'opening', cues: [...cues.OPENING_CUES, ...extra], position: 'start', persistence: 'while-cued', holdover: 1,
});
// Identity checks are an interlude: over at "I have your account" or two utterances after the last check (the answer
// and the agent's acknowledgment).
const verification: StageInput = {
  id: 'verification', cues: cues.VERIFICATION_CUES, exitCues: cues.VERIFICATION_EXIT_CUES, persistence: 'while-cued', holdover: 2,
};
const discovery = (extra: string[]): StageInput => ({ id: 'discovery', cues: [...cues.DISCOVERY_CUES, ...extra] });
const hold: StageInput = {
  id: 'hold', cues: cues.HOLD_CUES, exitCues: cues.HOLD_EXIT_CUES, persistence: 'while-cued', holdover: 1,
};
const transfer: StageInput = { id: 'transfer', cues: cues.TRANSFER_CUES, persistence: 'while-cued', holdover: 1 };
// Prices are a passing topic: the conversation goes back to what it was about one utterance after the last price cue.
const pricing: StageInput = { id: 'pricing', cues: cues.PRICING_CUES, persistence: 'brief', holdover: 1 };
/** Retention and collections count amounts toward their offer and payment arrangement stages (see AMOUNT_CUES). */
const feeDisclosure: StageInput = { id: 'pricing', cues: cues.PRICE_DISCLOSURE_CUES, persistence: 'brief', holdover: 1 };
// An objection is a short exchange (the pushback, the rebuttal, the reply) whose rebuttal often repeats the price:
// price talk continues it, and it ends two utterances after the last objection or price cue.
const objection: StageInput = { id: 'objection', cues: cues.OBJECTION_CUES, absorbs: ['pricing'], persistence: 'brief', holdover: 2 };
// Details taken to place the order or the payment (name, email, card) are part of the resolution, not an identity check.
const resolution = (extra: string[] = []): StageInput => ({ id: 'resolution', cues: [...cues.RESOLUTION_CUES, ...extra], absorbs: ['verification'] });
const closing: StageInput = { id: 'closing', cues: cues.CLOSING_CUES, position: 'end' };

const supportDiscovery = cues.SUPPORT_DISCOVERY_CUES;
const salesDiscovery = cues.SALES_DISCOVERY_CUES;

/** The call types Undertone knows out of the box; any other type (or none) uses `default`. */
export const BUILT_IN_CALL_TYPES = ['default', 'support', 'sales', 'retention', 'collections'] as const;

export const BUILT_IN_STAGE_CONFIGS: StageConfigSet = stageConfigSetSchema.parse({
  callTypes: {
    default: {
      fallbackStage: 'discovery',
      stages: [opening(), verification, discovery([...supportDiscovery, ...salesDiscovery]), hold, transfer, pricing,
        objection, resolution(cues.SALES_RESOLUTION_CUES), closing],
    },
    support: {
      fallbackStage: 'discovery',
      stages: [opening(), verification, discovery(supportDiscovery), hold, transfer, pricing, objection,
        resolution(cues.SUPPORT_RESOLUTION_CUES), closing],
    },
    sales: {
      fallbackStage: 'discovery',
      stages: [opening(), verification, discovery(salesDiscovery), hold, transfer, pricing, objection,
        resolution(cues.SALES_RESOLUTION_CUES), closing],
    },
    retention: {
      fallbackStage: 'discovery',
      stages: [opening(), verification, discovery(cues.RETENTION_DISCOVERY_CUES), hold, transfer, feeDisclosure, objection,
        { id: 'offer', cues: [...cues.OFFER_CUES, ...cues.AMOUNT_CUES] }, resolution(), closing],
    },
    collections: {
      fallbackStage: 'discovery',
      stages: [opening(cues.COLLECTIONS_OPENING_CUES), verification, discovery(cues.COLLECTIONS_DISCOVERY_CUES), hold,
        transfer, feeDisclosure, objection, { id: 'payment_arrangement', cues: [...cues.PAYMENT_ARRANGEMENT_CUES, ...cues.AMOUNT_CUES] }, resolution(),
        closing],
    },
  },
});
