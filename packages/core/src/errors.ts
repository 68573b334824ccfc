/**
 * Domain errors carry a stable `code` (mapped to HTTP statuses and exit codes at the edges)
 * and a `where` that points at the problem: a file, a JSON path, a line number.
 */
export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_FORMAT'
  | 'EMPTY_TRANSCRIPT'
  | 'MISSING_AGENT_ID'
  | 'TOO_LARGE'
  | 'BAD_ENCODING'
  | 'INVALID_CONFIG';

export interface Issue {
  /** JSON path (`$.utterances[3].startMs`), `line 12`, or a config path. */
  where: string;
  message: string;
}

export class UndertoneError extends Error {
  readonly code: ErrorCode;
  readonly issues: Issue[];
  readonly source: string | undefined;

  constructor(code: ErrorCode, message: string, opts: { issues?: Issue[]; source?: string } = {}) {
    super(message);
    this.name = 'UndertoneError';
    this.code = code;
    this.issues = opts.issues ?? [];
    this.source = opts.source;
  }

  /** One line per issue, prefixed by the source file when known: what a person reads. */
  describe(): string {
    const head = this.source ? `${this.source}: ${this.message}` : this.message;
    if (this.issues.length === 0) return head;
    return [head, ...this.issues.map((i) => `  at ${i.where}: ${i.message}`)].join('\n');
  }
}

export function isUndertoneError(e: unknown): e is UndertoneError {
  return e instanceof UndertoneError;
}
