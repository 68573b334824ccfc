import { z } from '@hono/zod-openapi';

export const issueSchema = z.object({ where: z.string(), message: z.string() });

export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'NOT_FOUND' }),
      message: z.string(),
      issues: z.array(issueSchema).optional(),
    }),
  })
  .openapi('Error');

/** The error response entries for a route: every status it can answer with besides success. */
export function errorResponses(...statuses: Array<400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429>) {
  const descriptions: Record<number, string> = {
    400: 'the request is malformed (INVALID_INPUT)',
    401: 'not signed in, or a bad token (UNAUTHENTICATED); bad credentials (INVALID_CREDENTIALS); a bad webhook signature (UNAUTHORIZED)',
    403: 'your role or token scope does not allow this (FORBIDDEN), or the x-csrf-token header is missing (CSRF_TOKEN_INVALID)',
    404: 'no such resource (NOT_FOUND)',
    409: 'a different payload is already stored under this id (CONFLICT)',
    413: 'the body is too large (TOO_LARGE)',
    415: 'the content type is not accepted (UNSUPPORTED_MEDIA_TYPE)',
    422: 'the transcript or definition cannot be used; `issues` lists every problem',
    429: 'too many requests (RATE_LIMITED); Retry-After says when to try again',
  };
  return Object.fromEntries(statuses.map((s) => [s, { description: descriptions[s]!, content: { 'application/json': { schema: errorSchema } } }]));
}
