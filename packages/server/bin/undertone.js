#!/usr/bin/env node
// The installed `undertone` command. It lives outside dist/ so npm can link it before the first build.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('undertone: the CLI is not built yet; run `npm run build` in the repository first\n');
  process.exit(1);
}
await import(main.href);
