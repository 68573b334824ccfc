import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@undertone\/core$/, replacement: fileURLToPath(new URL('./packages/core/src/index.ts', import.meta.url)) },
      { find: /^@undertone\/core\/(.*)$/, replacement: fileURLToPath(new URL('./packages/core/src/$1.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'packages/*/test/**/*.test.ts'],
    testTimeout: 30_000,
    // Analysis threads started from the TypeScript sources load them through tsx: resolve @undertone/core to its
    // sources there too, as vitest does here, never to a possibly stale dist/.
    env: { TSX_TSCONFIG_PATH: fileURLToPath(new URL('./packages/server/test/tsconfig.source.json', import.meta.url)) },
  },
});
