import type { MiddlewareHandler } from 'hono';
import { NONCE, secureHeaders } from 'hono/secure-headers';

/**
 * Headers on every response. The CSP fits a same-origin web app: scripts, styles, fonts and API calls
 * from this origin only, no framing, no plugins. Pages with an inline script add its hash themselves
 * with the response's nonce (see the docs page). HSTS only when the server is reached over https (auth.cookieSecure).
 */
export function securityHeaders(opts: { https: boolean }): MiddlewareHandler {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      // A per-response nonce lets a page allow its own inline script (the API docs page) and no other.
      scriptSrc: ["'self'", NONCE],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      fontSrc: ["'self'"],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xContentTypeOptions: 'nosniff',
    referrerPolicy: 'no-referrer',
    xFrameOptions: 'DENY',
    crossOriginResourcePolicy: 'same-origin',
    crossOriginOpenerPolicy: 'same-origin',
    strictTransportSecurity: opts.https ? 'max-age=31536000; includeSubDomains' : false,
    removePoweredBy: true,
  });
}
