import { isUndertoneError, type Issue } from '@undertone/core';
import { InvalidAccountError } from '../auth/account-errors.js';
import { ApiError, type ApiErrorCode } from './api-error.js';
import { errorStatus, type ErrorStatus } from './error-status.js';

export interface ErrorBody {
  error: { code: ApiErrorCode; message: string; issues?: Issue[] };
}

/** Any thrown value as the API's error body and status. Unknown errors become INTERNAL without leaking details. */
export function toErrorResponse(err: unknown, log?: (line: string) => void): { status: ErrorStatus; body: ErrorBody; headers?: Record<string, string> } {
  const known = asKnownError(err);
  if (known) {
    const body: ErrorBody = { error: { code: known.code, message: known.message, ...(known.issues.length > 0 ? { issues: known.issues } : {}) } };
    return { status: errorStatus(known.code), body, ...(err instanceof ApiError && Object.keys(err.headers).length > 0 ? { headers: err.headers } : {}) };
  }
  log?.(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { status: 500, body: { error: { code: 'INTERNAL', message: 'the server failed to handle this request; the details are in the server log' } } };
}

function asKnownError(err: unknown): { code: ApiErrorCode; message: string; issues: Issue[] } | undefined {
  if (err instanceof ApiError || err instanceof InvalidAccountError) return err;
  if (isUndertoneError(err)) return { code: err.code, message: err.source ? `${err.source}: ${err.message}` : err.message, issues: err.issues };
  // Storage and pipeline errors that carry one of our codes (unknown call, bad cursor).
  const coded = err as { code?: unknown; message?: unknown } | null;
  if (coded && (coded.code === 'NOT_FOUND' || coded.code === 'INVALID_INPUT') && typeof coded.message === 'string') {
    return { code: coded.code, message: coded.message, issues: [] };
  }
  return undefined;
}
