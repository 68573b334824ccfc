import type { Context } from 'hono';
import type { ZodError } from 'zod';
import { toErrorResponse } from './error-response.js';
import { ApiError } from './api-error.js';

/** zod-openapi's hook for failed request validation: a 400 INVALID_INPUT listing every problem. */
export function validationHook(result: { success: boolean; target: string; error?: ZodError }, c: Context) {
  if (result.success || !result.error) return undefined;
  const issues = result.error.issues.map((i) => ({ where: [result.target, ...i.path.map(String)].join('.'), message: i.message }));
  const { status, body } = toErrorResponse(new ApiError('INVALID_INPUT', `the request ${result.target} is invalid: fix the fields listed in issues`, issues));
  return c.json(body, status);
}
