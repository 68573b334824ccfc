/** Opaque page cursors: the (started_at, id) of the last row shown, base64url-encoded. */
export interface CallCursor {
  startedAt: Date;
  id: string;
}

export function encodeCursor(cursor: CallCursor): string {
  return Buffer.from(JSON.stringify([cursor.startedAt.toISOString(), cursor.id])).toString('base64url');
}

export class InvalidCursorError extends Error {
  readonly code = 'INVALID_INPUT';
}

export function decodeCursor(text: string): CallCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      const startedAt = new Date(parsed[0]);
      if (!Number.isNaN(startedAt.getTime())) return { startedAt, id: parsed[1] };
    }
  } catch {
    // fall through to the error below
  }
  throw new InvalidCursorError(`cursor "${text}" is not one this server issued: pass the nextCursor from the previous page, or omit it to start over`);
}
