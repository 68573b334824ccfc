import { invalidInput } from './import-errors.js';
import { callMetadataSchema, type CallMetadata } from './metadata-schema.js';
import { parseJson } from './parse-json.js';
import { zodIssues } from './zod-issues.js';

/** Reads a metadata sidecar: a JSON object with any Call field except utterances. */
export function parseMetadataSidecar(text: string, source?: string): CallMetadata {
  const value = parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, source);
  const parsed = callMetadataSchema.safeParse(value);
  if (!parsed.success) {
    throw invalidInput('the metadata sidecar is not valid', source, zodIssues(parsed.error));
  }
  return parsed.data;
}
