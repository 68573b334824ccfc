import { describe, expect, it } from 'vitest';
import { MAX_AGE_SECONDS, MAX_FUTURE_SKEW_SECONDS, signWebhook, verifyWebhookSignature } from '../../src/http/webhook-signature.js';

const secret = 'a-secret-of-enough-length';
const body = new TextEncoder().encode('{"id":"c-1"}');
const now = new Date('2026-11-24T10:00:00Z');
const at = (offsetSeconds: number) => String(Math.floor(now.getTime() / 1000) + offsetSeconds);
const check = (timestamp: string | undefined, signature: string | undefined, secrets = [secret]) => verifyWebhookSignature({ secrets, timestamp, signature, rawBody: body, now });

describe('verifyWebhookSignature', () => {
  it('accepts a fresh signature, up to the age limit and the future skew', () => {
    for (const offset of [0, -MAX_AGE_SECONDS, MAX_FUTURE_SKEW_SECONDS]) expect(check(at(offset), signWebhook(secret, at(offset), body))).toEqual({ ok: true });
  });

  it('refuses, saying why: too old, too far ahead, malformed timestamp, missing headers, wrong secret, no secrets', () => {
    const cases: Array<[ReturnType<typeof check>, RegExp]> = [
      [check(at(-MAX_AGE_SECONDS - 1), signWebhook(secret, at(-MAX_AGE_SECONDS - 1), body)), /too old/],
      [check(at(MAX_FUTURE_SKEW_SECONDS + 1), signWebhook(secret, at(MAX_FUTURE_SKEW_SECONDS + 1), body)), /future/],
      [check('2026-11-24', 'sha256=00'), /unix seconds/],
      [check(undefined, 'sha256=00'), /missing x-undertone-timestamp/],
      [check(at(0), undefined), /missing x-undertone-signature/],
      [check(at(0), signWebhook('another-secret-entirely', at(0), body)), /does not match/],
      [check(at(0), signWebhook(secret, at(0), body), []), /no webhook secret/],
    ];
    for (const [result, reason] of cases) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    }
  });

  it('binds the timestamp into the signature: a replay with a new timestamp fails', () => {
    expect(check(at(0), signWebhook(secret, at(-10), body)).ok).toBe(false);
  });

  it('accepts any of several secrets (rotation)', () => {
    expect(check(at(0), signWebhook(secret, at(0), body), ['the-new-secret-1234567', secret]).ok).toBe(true);
  });
});
