import { z } from 'zod';
import { utteranceRedactionSchema } from '../call/call.js';

/** Every kind of personal data the redactor finds, in the order the docs list them (the call model holds the list). */
export const redactionCategorySchema = utteranceRedactionSchema.shape.category;
export const REDACTION_CATEGORIES = redactionCategorySchema.options;
export type RedactionCategory = z.infer<typeof redactionCategorySchema>;

/** The typed placeholder that replaces a span: `[CARD]`, `[BANK_ACCOUNT]`, ... (never contains a digit). */
export function placeholderFor(category: RedactionCategory): string {
  return `[${category.toUpperCase()}]`;
}

export const PLACEHOLDER_PATTERN = /\[(?:CARD|CVV|EXPIRY|SSN|BANK_ACCOUNT|ROUTING|EMAIL|PHONE|ADDRESS|DOB)\]/;

export interface RedactionOptions {
  /** Categories to redact; all of them when absent. */
  categories?: readonly RedactionCategory[];
}

/** One redacted span of the original text (character offsets, end exclusive). */
export interface TextRedaction {
  category: RedactionCategory;
  start: number;
  end: number;
}
