import type { Issue } from '../errors.js';
import type { BehaviorCatalog, BehaviorEntry } from './catalog-schema.js';
import { compileMatcher, type CompiledPattern } from './compile-matcher.js';
import { compilePattern, firstWords, PatternSyntaxError, requiredWordSets, type PatternNode, type RequiredSet } from './pattern.js';
import { registerLemma, registerStem, registerWord } from './vocabulary.js';

export interface CompiledGuard { pattern: CompiledPattern; window: number }
export interface CompiledEntry {
  entry: BehaviorEntry;
  patterns: CompiledPattern[];
  guards: CompiledGuard[];
  ignore: CompiledPattern[];
  announcements: CompiledPattern[];
}
/**
 * Where a pattern can start: looked up by the token at each position, so most patterns are never tried.
 * `required` holds ids of word sets (see PatternIndex.setsByWordId) that must each occur in the utterance.
 */
export interface PatternRef { entryIndex: number; pattern: CompiledPattern; required: number[] }
/** Tables indexed by vocabulary id (see vocabulary.ts); a missing slot means none. */
export interface PatternIndex {
  byWordId: Array<PatternRef[] | undefined>;
  /** Patterns that can start with an inflected word (`cancel+`), by inflection key id. */
  byLemmaId: Array<PatternRef[] | undefined>;
  /** Patterns that can start with a prefix (`frustrat*`), in catalog order, by stem id. */
  byStem: Array<{ stem: number; ref: PatternRef }>;
  anywhere: PatternRef[];
  /** For each word, the ids of the required word sets it belongs to; marks which sets an utterance satisfies in one pass. */
  setsByWordId: Array<number[] | undefined>;
  /** The same for inflection keys (`cancel+` in a required position). */
  setsByLemmaId: Array<number[] | undefined>;
  setCount: number;
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

  return { compiled: indexPatterns(entries), issues };
}

function indexPatterns(entries: CompiledEntry[]): CompiledCatalog {
  const bySpeaker = new Map<string, PatternIndex>();
  const setIds = new Map<PatternIndex, Map<string, number>>();
  const addTo = <T>(table: Array<T[] | undefined>, id: number, value: T) => (table[id] ??= []).push(value);
  entries.forEach((compiled, entryIndex) => {
    if (compiled.entry.detector !== 'phrase') return;
    let index = bySpeaker.get(compiled.entry.speaker);
    if (!index) {
      bySpeaker.set(compiled.entry.speaker, (index = { byWordId: [], byLemmaId: [], byStem: [], anywhere: [], setsByWordId: [], setsByLemmaId: [], setCount: 0 }));
      setIds.set(index, new Map());
    }
    const speakerIndex = index;
    const setId = (set: RequiredSet): number => {
      const key = `${[...set.words].sort().join(' ')}|${[...set.lemmas].sort().join(' ')}`;
      const known = setIds.get(speakerIndex)!.get(key);
      if (known !== undefined) return known;
      const id = speakerIndex.setCount++;
      setIds.get(speakerIndex)!.set(key, id);
      for (const word of set.words) addTo(speakerIndex.setsByWordId, registerWord(word), id);
      for (const lemma of set.lemmas) addTo(speakerIndex.setsByLemmaId, registerLemma(lemma), id);
      return id;
    };
    for (const pattern of compiled.patterns) {
      const ref: PatternRef = { entryIndex, pattern, required: [...new Set(requiredWordSets(pattern.node).map(setId))] };
      const first = firstWords(pattern.node);
      if (first.any || first.canBeEmpty) {
        index.anywhere.push(ref);
        continue;
      }
      for (const word of first.words) addTo(index.byWordId, registerWord(word), ref);
      for (const lemma of first.lemmas) addTo(index.byLemmaId, registerLemma(lemma), ref);
      for (const stem of first.stems) index.byStem.push({ stem: registerStem(stem), ref });
    }
  });
  return { entries, bySpeaker };
}
