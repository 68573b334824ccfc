import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Parameterized SQL only: values go through Kysely's builder or its `sql` tag (bound parameters), never
 * into the text. Identifiers spliced with sql.ref/sql.table come from fixed sets in code, not from requests.
 */
describe('SQL is parameterized', () => {
  const files = sourceFiles(SRC).map((path) => ({ path: path.slice(SRC.length), text: readFileSync(path, 'utf8') }));

  it('never builds SQL text from values', () => {
    const problems: string[] = [];
    for (const { path, text } of files) {
      if (/\bsql\.raw\s*\(|\bsql\.lit\s*\(/.test(text)) problems.push(`${path}: sql.raw/sql.lit splice text into SQL`);
      if (/CompiledQuery\.raw\s*\(\s*`[^`]*\$\{/.test(text)) problems.push(`${path}: CompiledQuery.raw with interpolation`);
      if (/\.(query|exec|executeSql)\s*\(\s*`[^`]*\$\{/.test(text)) problems.push(`${path}: a driver query built with a template string`);
      if (/\.(query|exec|executeSql)\s*\(\s*['"][^'"]*['"]\s*\+/.test(text)) problems.push(`${path}: a driver query built by concatenation`);
    }
    expect(problems).toEqual([]);
  });

  it('splices identifiers only from literals or fixed unions', () => {
    const spliced = files.flatMap(({ path, text }) => [...text.matchAll(/sql\.(ref|table|id)\(([^)]*)\)/g)].map((m) => `${path}: sql.${m[1]}(${m[2]})`));
    expect(spliced.sort()).toEqual([
      'storage/definition-catalog.ts: sql.table(table)',
      'storage/definition-store.ts: sql.table(table)',
      'storage/scope-filter.ts: sql.ref(`${table}.agent_id`)',
      'storage/scope-filter.ts: sql.ref(`${table}.team`)',
    ]);
  });
});
