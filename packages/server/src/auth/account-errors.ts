import type { Issue } from '@undertone/core';

/** A refused account or token change; the HTTP layer maps `code` to its status, the CLI to exit code 2. */
export class InvalidAccountError extends Error {
  constructor(
    message: string,
    readonly issues: Issue[] = [],
    readonly code: 'INVALID_INPUT' | 'CONFLICT' | 'NOT_FOUND' | 'FORBIDDEN' = 'INVALID_INPUT',
  ) {
    super(message);
    this.name = 'InvalidAccountError';
  }
}
