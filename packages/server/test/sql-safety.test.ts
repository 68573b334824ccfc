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
      if (/CompiledQuery\.raw\s*\(\s*`[^`]*\$\{/.test(text)) problems.push(`${path}: CompiledQuery.raw with interpolation`);
      if (/\.(query|exec|executeSql)\s*\(\s*`[^`]*\$\{/.test(text)) problems.push(`${path}: a driver query built with a template string`);
      if (/\.(query|exec|executeSql)\s*\(\s*['"][^'"]*['"]\s*\+/.test(text)) problems.push(`${path}: a driver query built by concatenation`);
    }
    expect(problems).toEqual([]);
  });

  it('splices raw SQL text only from constants in code (each use reviewed and listed here)', () => {
    const rawUses = Object.fromEntries(files.map(({ path, text }) => [path, (text.match(/\bsql\.(raw|lit)\s*\(/g) ?? []).length]).filter(([, n]) => n !== 0));
    expect(rawUses).toEqual({
      // The sort expressions of call lists: a fixed table keyed by a validated sort name.
      'storage/call-sort.ts': 1,
      // Migration DDL built from the fixed column list of call_facts and its sort expressions.
      'storage/migrations/0003-dashboard-read-model.ts': 5,
    });
  });

  it('splices identifiers only from literals or fixed unions', () => {
    const spliced = files.flatMap(({ path, text }) => [...text.matchAll(/sql\.(ref|table|id)\(([^)]*)\)/g)].map((m) => `${path}: sql.${m[1]}(${m[2]})`));
    expect(spliced.sort()).toEqual([
      'storage/definition-catalog.ts: sql.table(table)',
      'storage/definition-store.ts: sql.table(table)',
      'storage/facet-queries.ts: sql.ref(column)',
      'storage/facet-queries.ts: sql.ref(column)',
      'storage/facet-queries.ts: sql.ref(column)',
      'storage/facet-queries.ts: sql.table(table)',
      'storage/migrations/0003-dashboard-read-model.ts: sql.id(`call_facts_sort_${column}_${direction}`)',
      'storage/scope-filter.ts: sql.ref(`${table}.agent_id`)',
      'storage/scope-filter.ts: sql.ref(`${table}.call_id`)',
      'storage/scope-filter.ts: sql.ref(`${table}.team`)',
      'storage/stage-drop-queries.ts: sql.ref(`${prefix}.${name}`)',
    ]);
  });
});
