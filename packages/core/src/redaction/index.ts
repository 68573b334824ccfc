export * from './categories.js';
export * from './checksums.js';
export { redactText, findRedactions, type RedactTextOptions, type RedactedText } from './redact-text.js';
export { redactCall, type RedactedCall, type CallRedaction, type TimedRedaction } from './redact-call.js';
