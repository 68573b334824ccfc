import { z } from 'zod';
import { callSchema, type Call } from '../call/call.js';

/** Call facts that come from outside the transcript (a sidecar JSON file or a CSV row). */
export type CallMetadata = Partial<Omit<Call, 'utterances'>>;

/** Strict so a misspelt key ("agentId") is reported instead of silently ignored. */
export const callMetadataSchema = z.strictObject(callSchema.omit({ utterances: true }).partial().shape);
