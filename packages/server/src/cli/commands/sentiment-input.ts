import type { Speaker } from '@undertone/core/call/call';

export type SentimentLine =
  | { ok: true; id: string | number; text: string; speaker?: Speaker }
  | { ok: false; problem: string };

const SPEAKERS: ReadonlySet<string> = new Set(['agent', 'customer', 'other']);

/**
 * Validates one input line of `undertone sentiment` by hand rather than with zod: this command must start
 * in a few milliseconds, and the shape is three fields.
 */
export function parseSentimentLine(line: string): SentimentLine {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { ok: false, problem: `not valid JSON (${(err as Error).message}); each line must be one JSON object` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problem: 'expected a JSON object like {"id":"1","text":"..."}' };
  }
  const record = value as Record<string, unknown>;
  const { id, text, speaker } = record;
  if (id === undefined || id === null) return { ok: false, problem: 'missing "id"; every line needs a string or number id' };
  if (!(typeof id === 'string' && id.length > 0) && !(typeof id === 'number' && Number.isFinite(id))) {
    return { ok: false, problem: `invalid "id" ${JSON.stringify(id)}; use a non-empty string or a number` };
  }
  if (typeof text !== 'string') {
    return { ok: false, problem: text === undefined ? 'missing "text"; every line needs a string text' : `"text" must be a string, got ${typeof text}` };
  }
  if (speaker === undefined || speaker === null) return { ok: true, id, text };
  if (typeof speaker !== 'string' || !SPEAKERS.has(speaker)) {
    return { ok: false, problem: `invalid "speaker" ${JSON.stringify(speaker)}; use agent, customer or other, or leave it out` };
  }
  return { ok: true, id, text, speaker: speaker as Speaker };
}
