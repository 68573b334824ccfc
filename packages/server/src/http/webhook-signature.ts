import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-undertone-signature';
export const TIMESTAMP_HEADER = 'x-undertone-timestamp';
/** How old a signed request may be, and how far ahead of our clock a sender's clock may run. */
export const MAX_AGE_SECONDS = 300;
export const MAX_FUTURE_SKEW_SECONDS = 30;

/** `sha256=<hex>` of HMAC-SHA256(secret, timestamp + "." + rawBody). */
export function signWebhook(secret: string, timestamp: string, rawBody: Uint8Array | string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')}`;
}

export type SignatureCheck = { ok: true } | { ok: false; reason: string };

/**
 * Accepts the request when its timestamp is fresh and its signature matches any active secret
 * (several during a rotation). Compares in constant time so the signature cannot be guessed byte by byte.
 */
export function verifyWebhookSignature(opts: {
  secrets: readonly string[];
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: Uint8Array;
  now: Date;
}): SignatureCheck {
  if (opts.secrets.length === 0) return { ok: false, reason: 'webhooks are disabled: no webhook secret is configured (set UNDERTONE_WEBHOOK_SECRETS)' };
  if (!opts.timestamp) return { ok: false, reason: `missing ${TIMESTAMP_HEADER} header (unix seconds)` };
  if (!opts.signature) return { ok: false, reason: `missing ${SIGNATURE_HEADER} header (sha256=<hex>)` };
  if (!/^\d{1,12}$/.test(opts.timestamp)) return { ok: false, reason: `${TIMESTAMP_HEADER} must be unix seconds, got "${opts.timestamp.slice(0, 40)}"` };
  const ageSeconds = Math.floor(opts.now.getTime() / 1000) - Number(opts.timestamp);
  if (ageSeconds > MAX_AGE_SECONDS) return { ok: false, reason: `timestamp is too old (${ageSeconds} s; at most ${MAX_AGE_SECONDS} s): sign each request when sending it, and check the sender's clock` };
  if (ageSeconds < -MAX_FUTURE_SKEW_SECONDS) return { ok: false, reason: `timestamp is ${-ageSeconds} s in the future (at most ${MAX_FUTURE_SKEW_SECONDS} s of clock skew): check the sender's clock` };
  const given = Buffer.from(opts.signature.trim());
  const matches = opts.secrets.some((secret) => {
    const expected = Buffer.from(signWebhook(secret, opts.timestamp!, opts.rawBody));
    return expected.length === given.length && timingSafeEqual(expected, given);
  });
  return matches ? { ok: true } : { ok: false, reason: `signature does not match: sign "<timestamp>.<raw body>" with HMAC-SHA256 and a current secret, sent as ${SIGNATURE_HEADER}: sha256=<hex>` };
}
