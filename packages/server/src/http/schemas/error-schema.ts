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
export function errorResponses(...statuses: Array<400 | 401 | 404 | 409 | 413 | 415 | 422>) {
  const descriptions: Record<number, string> = {
    400: 'the request is malformed (INVALID_INPUT)',
    401: 'missing or bad webhook signature, or a stale timestamp (UNAUTHORIZED)',
    404: 'no such resource (NOT_FOUND)',
    409: 'a different payload is already stored under this id (CONFLICT)',
    413: 'the body is too large (TOO_LARGE)',
    415: 'the content type is not accepted (UNSUPPORTED_MEDIA_TYPE)',
    422: 'the transcript or definition cannot be used; `issues` lists every problem',
  };
  return Object.fromEntries(statuses.map((s) => [s, { description: descriptions[s]!, content: { 'application/json': { schema: errorSchema } } }]));
}
