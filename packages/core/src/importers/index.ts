export { FORMATS, type FormatId } from './formats.js';
export { importTranscript, DEFAULT_MAX_BYTES, type ImportOptions } from './import-transcript.js';
export type { ImportResult } from './assemble-call.js';
export { detectFormat } from './detect-format.js';
export { decodeTranscriptBytes } from './decode-transcript-bytes.js';
export { parseMetadataSidecar } from './parse-metadata-sidecar.js';
export { parseMetadataCsv } from './parse-metadata-csv.js';
export type { CallMetadata } from './metadata-schema.js';
