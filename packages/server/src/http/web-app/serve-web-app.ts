import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { Context, Hono, Next } from 'hono';
import { contentTypeFor } from './content-type.js';
import { webMissingPage } from './web-missing-page.js';

/** Vite puts content-hashed files here: safe to cache for a year. */
const HASHED_PREFIX = `assets${sep}`;
const LONG_CACHE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';
/**
 * The only GET routes the dashboard answers, each with a public rule in ROUTE_POLICIES (no catch-all, so the
 * route table stays fail closed): the client routes of packages/web/src/app.tsx, the hashed assets, the favicon.
 * Any other path stays a JSON 404.
 */
export const WEB_APP_ROUTES = ['/', '/calls', '/calls/:id', '/agents/:id', '/team', '/account', '/assets/*', '/favicon.svg'] as const;

async function readIfFile(path: string): Promise<Buffer | null> {
  try {
    return (await stat(path)).isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Serves the built dashboard on the same origin as the API: hashed assets with a long cache, index.html
 * revalidated on every load, and client-side routes (WEB_APP_ROUTES) answered with index.html. Without a
 * build, `/` says how to make one.
 */
export function registerWebApp(app: Hono<any, any, any>, opts: { distDir: string | null; version: string }): void {
  const root = opts.distDir ? normalize(opts.distDir) : null;
  const serve = async (c: Context, next: Next) => {
    const path = safeDecode(c.req.path);
    const index = root ? await readIfFile(join(root, 'index.html')) : null;
    if (!root || !index) {
      if (path !== '/') return next();
      return c.html(webMissingPage({ version: opts.version, distDir: root }), 503, { 'cache-control': NO_CACHE });
    }
    const relative = normalize(path).replace(/^[/\\]+/, '');
    const file = relative && !relative.startsWith('..') ? join(root, relative) : null;
    const body = file && file !== join(root, 'index.html') ? await readIfFile(file) : null;
    if (body) {
      const cache = relative.startsWith(HASHED_PREFIX) ? LONG_CACHE : NO_CACHE;
      return c.body(new Uint8Array(body), 200, { 'content-type': contentTypeFor(relative), 'cache-control': cache });
    }
    // A missing hashed asset is an old build's file, not a page: say so instead of sending HTML as script.
    if (relative.startsWith(HASHED_PREFIX)) return next();
    if (!(c.req.header('accept') ?? '*/*').match(/text\/html|\*\/\*/)) return next();
    return c.body(new Uint8Array(index), 200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': NO_CACHE });
  };
  for (const route of WEB_APP_ROUTES) app.get(route, serve);
}
