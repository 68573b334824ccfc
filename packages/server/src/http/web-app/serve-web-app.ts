import { readFile, stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';
import { contentTypeFor } from './content-type.js';
import { webMissingPage } from './web-missing-page.js';

/** Vite puts content-hashed files here: safe to cache for a year. */
const HASHED_PREFIX = `assets${sep}`;
const LONG_CACHE = 'public, max-age=31536000, immutable';
const NO_CACHE = 'no-cache';
/** Paths that are never the dashboard's, so a miss there stays a JSON 404. */
const NOT_WEB = /^\/(api|healthz|readyz)(\/|$)/;

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
 * revalidated on every load, and client-side routes (/calls, /calls/:id, /agents/:id, /team) answered with
 * index.html. Without a build, `/` says how to make one. Registered after the API routes.
 */
export function registerWebApp(app: Hono<any, any, any>, opts: { distDir: string | null; version: string }): void {
  const root = opts.distDir ? normalize(opts.distDir) : null;
  app.get('*', async (c, next) => {
    const path = safeDecode(c.req.path);
    if (NOT_WEB.test(path)) return next();
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
  });
}
