/**
 * Build step (`npm run build`, after tsc): bundles `undertone sentiment` and what it imports into one module beside the
 * compiled command. Resolving and compiling its two dozen modules one by one is about a tenth of the command's start,
 * and external evaluation times the whole process. The CLI falls back to the unbundled modules when this file is absent.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { SENTIMENT_BUNDLE_FILE } from '../cli/sentiment-bundle.js';

const entry = fileURLToPath(new URL('../cli/commands/sentiment.js', import.meta.url));
const outfile = fileURLToPath(SENTIMENT_BUNDLE_FILE);

await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The fallbacks for a missing lexicon table stay separate modules: rarely loaded, and large.
  external: ['./sentiment-lexicons.js', '@undertone/core/sentiment/package-lexicons'],
  logLevel: 'warning',
});
process.stdout.write(`sentiment command bundle -> ${outfile}\n`);
