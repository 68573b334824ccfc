import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import { ApiError } from './api-error.js';

/**
 * Every route that takes a body accepts exactly the media types its OpenAPI entry declares; anything
 * else (or none) is answered 415 naming them. Read from the registry, so the document and the check
 * cannot drift apart, and a new body-taking route is covered by declaring its body.
 */
export function strictContentTypes(app: OpenAPIHono): MiddlewareHandler {
  let accepted: Map<string, string[]> | undefined;
  return async (c, next) => {
    accepted ??= acceptedTypesByRoute(app);
    const route = matchedRoutes(c).find((r) => r.method !== 'ALL');
    const types = route ? accepted.get(`${route.method} ${route.path}`) : undefined;
    if (types) {
      const sent = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (!types.includes(sent)) {
        throw new ApiError('UNSUPPORTED_MEDIA_TYPE', `content-type ${sent ? `"${sent.slice(0, 100)}"` : '(none)'} is not accepted by ${route!.method} ${route!.path}: use ${types.join(', ')}`);
      }
    }
    return next();
  };
}

/** `METHOD /path/:param` -> the request body's media types, for every registered route with a body. */
export function acceptedTypesByRoute(app: OpenAPIHono): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const def of app.openAPIRegistry.definitions) {
    if (def.type !== 'route') continue;
    const body = def.route.request?.body;
    if (!body || !('content' in body)) continue;
    const path = def.route.path.replace(/\{([^}]+)\}/g, ':$1');
    out.set(`${def.route.method.toUpperCase()} ${path}`, Object.keys(body.content).map((t) => t.toLowerCase()));
  }
  return out;
}
