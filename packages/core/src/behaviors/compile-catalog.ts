import type { Issue } from '../errors.js';
import type { BehaviorCatalog, BehaviorEntry } from './catalog-schema.js';
import { compileMatcher, type CompiledPattern } from './compile-matcher.js';
import { compilePattern, PatternSyntaxError, type PatternNode } from './pattern.js';
import { buildPatternIndexes, type PatternIndex } from './pattern-index.js';

export interface CompiledGuard { pattern: CompiledPattern; window: number }
export interface CompiledEntry {
  entry: BehaviorEntry;
  patterns: CompiledPattern[];
  guards: CompiledGuard[];
  ignore: CompiledPattern[];
  announcements: CompiledPattern[];
}
export interface CompiledCatalog {
  entries: CompiledEntry[];
  /** Phrase patterns of the entries for each speaker. */
  bySpeaker: Map<string, PatternIndex>;
}

const WHOLE_UTTERANCE = Number.MAX_SAFE_INTEGER;

/** Compiles every pattern once and reports every problem with its catalog path (an empty list means valid). */
export function compileCatalog(catalog: BehaviorCatalog): { compiled: CompiledCatalog; issues: Issue[] } {
  const issues: Issue[] = [];
  const familyNodes = new Map<string, PatternNode>();
  const compiling = new Set<string>();
  const failed: PatternNode = { kind: 'words', words: new Set() };

  const resolveFamily = (name: string): PatternNode => {
    const cached = familyNodes.get(name);
    if (cached) return cached;
    const sources = catalog.families[name];
    if (!sources) throw new PatternSyntaxError(`unknown family {${name}}: define it under families`);
    if (compiling.has(name)) throw new PatternSyntaxError(`family {${name}} refers to itself`);
    compiling.add(name);
    try {
      const options = sources.map((s) => compilePattern(s, resolveFamily));
      const node: PatternNode = options.length === 1 ? options[0]! : { kind: 'alt', options };
      familyNodes.set(name, node);
      return node;
    } finally {
      compiling.delete(name);
    }
  };

  const compileAt = (source: string, where: string): PatternNode => {
    try {
      return compilePattern(source, resolveFamily);
    } catch (e) {
      if (!(e instanceof PatternSyntaxError)) throw e;
      issues.push({ where, message: `pattern "${source}": ${e.message}` });
      return failed;
    }
  };

  for (const name of Object.keys(catalog.families)) {
    catalog.families[name]!.forEach((s, i) => compileAt(s, `families.${name}[${i}]`));
  }

  const ids = new Set<string>();
  const entries = catalog.entries.map((entry, e): CompiledEntry => {
    const at = `entries[${e}]`;
    if (ids.has(entry.id)) issues.push({ where: `${at}.id`, message: `duplicate id "${entry.id}": each id may appear once` });
    ids.add(entry.id);
    if ((entry.detector === 'phrase' || entry.detector === 'policy_before_acknowledgment') && entry.patterns.length === 0) {
      issues.push({ where: `${at}.patterns`, message: `a ${entry.detector} entry needs at least one pattern` });
    }
    return {
      entry,
      patterns: entry.patterns.map((p, i) => compileMatcher(compileAt(p, `${at}.patterns[${i}]`))),
      guards: entry.guards.map((g, i) => ({ pattern: compileMatcher(compileAt(g.pattern, `${at}.guards[${i}].pattern`)), window: g.window ?? WHOLE_UTTERANCE })),
      ignore: entry.ignore.map((p, i) => compileMatcher(compileAt(p, `${at}.ignore[${i}]`))),
      announcements: entry.announcements.map((p, i) => compileMatcher(compileAt(p, `${at}.announcements[${i}]`))),
    };
  });

  catalog.entries.forEach((entry, e) => {
    for (const field of ['suppressedBy', 'after', 'acknowledgedBy'] as const) {
      entry[field].forEach((id, i) => {
        if (!ids.has(id)) issues.push({ where: `entries[${e}].${field}[${i}]`, message: `unknown id "${id}": use an id defined in entries` });
      });
    }
  });

  return { compiled: { entries, bySpeaker: buildPatternIndexes(entries) }, issues };
}
