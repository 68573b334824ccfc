import { redactCall, redactText, REDACTION_CATEGORIES, UndertoneError, type Call, type RedactionOptions } from '@undertone/core';
import type { RedactionConfig } from '../config/config-schema.js';

/** What ingest redacts when the caller says nothing: everything (a caller must opt out, never in). */
export const REDACT_EVERYTHING: RedactionConfig = { enabled: true, categories: [...REDACTION_CATEGORIES] };

function optionsOf(config: RedactionConfig): RedactionOptions | undefined {
  return config.enabled ? { categories: config.categories } : undefined;
}

/** The call as it may be stored: utterances, words and metadata redacted, redaction time ranges on the utterances. */
export function redactForStorage(call: Call, config: RedactionConfig = REDACT_EVERYTHING): Call {
  const options = optionsOf(config);
  return options ? redactCall(call, options).call : call;
}

/** Free text that ends up stored or logged beside the call (its source path or name). */
export function redactFreeText(text: string, config: RedactionConfig = REDACT_EVERYTHING): string {
  const options = optionsOf(config);
  return options ? redactText(text, options).text : text;
}

/**
 * An import error with its message, issues and source redacted, so a rejected transcript's content cannot
 * reach an HTTP response, a `failed/*.error.json` file or a log line. Anything else is returned as it was.
 */
export function redactError(err: unknown, config: RedactionConfig = REDACT_EVERYTHING): unknown {
  if (!(err instanceof UndertoneError) || !config.enabled) return err;
  const scrub = (text: string) => redactFreeText(text, config);
  const redacted = new UndertoneError(err.code, scrub(err.message), {
    issues: err.issues.map((issue) => ({ where: scrub(issue.where), message: scrub(issue.message) })),
    ...(err.source !== undefined ? { source: scrub(err.source) } : {}),
  });
  return redacted;
}
