import { UndertoneError, type ErrorCode, type Issue } from '../errors.js';

/** Longest list of issues put in one error: enough to fix a file, short enough to read. */
const MAX_ISSUES = 20;

export function importError(code: ErrorCode, message: string, source: string | undefined, issues: Issue[] = []): UndertoneError {
  return new UndertoneError(code, message, { issues: issues.slice(0, MAX_ISSUES), source });
}

export function invalidInput(message: string, source: string | undefined, issues: Issue[] = []): UndertoneError {
  return importError('INVALID_INPUT', message, source, issues);
}
