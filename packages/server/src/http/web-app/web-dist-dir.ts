import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Where the built dashboard lives: `dist/` of the @undertone/web package, found through module resolution
 * (the workspace link, or node_modules when installed), so it does not depend on the working directory.
 */
export function webDistDir(): string | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('@undertone/web/package.json');
    return join(dirname(manifest), 'dist');
  } catch {
    return null;
  }
}
