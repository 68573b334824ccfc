import type { ApiErrorCode } from './api-error.js';

/**
 * The one table from error code to HTTP status. 400: the request itself is malformed; 422: it is well-formed
 * but its transcript or definition cannot be used; the rest as their names say.
 */
export const ERROR_STATUS = {
  INVALID_INPUT: 400,
  UNKNOWN_FORMAT: 422,
  EMPTY_TRANSCRIPT: 422,
  MISSING_AGENT_ID: 422,
  BAD_ENCODING: 422,
  INVALID_CONFIG: 422,
  TOO_LARGE: 413,
  UNAUTHORIZED: 401,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  CSRF_TOKEN_INVALID: 403,
  RATE_LIMITED: 429,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL: 500,
} as const satisfies Record<ApiErrorCode, number>;

export type ErrorStatus = (typeof ERROR_STATUS)[ApiErrorCode];

export function errorStatus(code: ApiErrorCode): ErrorStatus {
  return ERROR_STATUS[code];
}
