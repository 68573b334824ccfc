import type { z } from 'zod';
import type { Issue } from '../errors.js';
import { jsonPath } from './json-path.js';

/** zod issues as Undertone issues: a JSON path under `prefix` and what was expected there. */
export function zodIssues(error: z.ZodError, prefix: readonly PropertyKey[] = []): Issue[] {
  return error.issues.map((issue) => ({
    where: jsonPath([...prefix, ...issue.path]),
    message: issue.message,
  }));
}
