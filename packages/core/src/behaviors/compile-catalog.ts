import type { Issue } from '../errors.js';
import type { BehaviorCatalog, BehaviorEntry } from './catalog-schema.js';
import { compilePattern, firstWords, PatternSyntaxError, requiredWordSets, type PatternNode, type RequiredSet } from './pattern.js';

export interface CompiledGuard { node: PatternNode; window: number }
export interface CompiledEntry {
  entry: BehaviorEntry;
  patterns: PatternNode[];
  guards: CompiledGuard[];
  ignore: PatternNode[];
  announcements: PatternNode[];
}
/** Where a pattern can start: looked up by the token at each position, so most patterns are never tried. */
/** `required` holds ids of word sets (see PatternIndex.setsByWord) that must each occur in the utterance. */
export interface PatternRef { entryIndex: number; node: PatternNode; required: number[] }
export interface PatternIndex {
  byWord: Map<string, PatternRef[]>;
  /** For each word, the ids of the required word sets it belongs to; marks which sets an utterance satisfies in one pass. */
  setsByWord: Map<string, number[]>;
  /** The same for lemma keys (`cancel+` in a required position). */
  setsByLemma: Map<string, number[]>;
  setCount: number;
  byStem: Array<{ stem: string; ref: PatternRef }>;
  /** Patterns that can start with an inflected word (`cancel+`), by lemma key. */
  byLemma: Map<string, PatternRef[]>;
  anywhere: PatternRef[];
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
      patterns: entry.patterns.map((p, i) => compileAt(p, `${at}.patterns[${i}]`)),
      guards: entry.guards.map((g, i) => ({ node: compileAt(g.pattern, `${at}.guards[${i}].pattern`), window: g.window ?? WHOLE_UTTERANCE })),
      ignore: entry.ignore.map((p, i) => compileAt(p, `${at}.ignore[${i}]`)),
      announcements: entry.announcements.map((p, i) => compileAt(p, `${at}.announcements[${i}]`)),
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
  const addTo = (map: Map<string, number[]>, key: string, id: number) => {
    const ids = map.get(key);
    if (ids) ids.push(id);
    else map.set(key, [id]);
  };
  entries.forEach((compiled, entryIndex) => {
    if (compiled.entry.detector !== 'phrase') return;
    let index = bySpeaker.get(compiled.entry.speaker);
    if (!index) bySpeaker.set(compiled.entry.speaker, (index = { byWord: new Map(), setsByWord: new Map(), setsByLemma: new Map(), setCount: 0, byStem: [], byLemma: new Map(), anywhere: [] }));
    const speakerIndex = index;
    const setId = (set: RequiredSet): number => {
      const key = `${[...set.words].sort().join(' ')}|${[...set.lemmas].sort().join(' ')}`;
      const known = setIds.get(speakerIndex)!.get(key);
      if (known !== undefined) return known;
      const id = speakerIndex.setCount++;
      setIds.get(speakerIndex)!.set(key, id);
      for (const word of set.words) addTo(speakerIndex.setsByWord, word, id);
      for (const lemma of set.lemmas) addTo(speakerIndex.setsByLemma, lemma, id);
      return id;
    };
    if (!setIds.has(index)) setIds.set(index, new Map());
    for (const node of compiled.patterns) {
      const ref = { entryIndex, node, required: [...new Set(requiredWordSets(node).map(setId))] };
      const first = firstWords(node);
      if (first.any || first.canBeEmpty) {
        index.anywhere.push(ref);
        continue;
      }
      for (const word of first.words) {
        const list = index.byWord.get(word);
        if (list) list.push(ref);
        else index.byWord.set(word, [ref]);
      }
      for (const lemma of first.lemmas) {
        const list = index.byLemma.get(lemma);
        if (list) list.push(ref);
        else index.byLemma.set(lemma, [ref]);
      }
      for (const stem of first.stems) index.byStem.push({ stem, ref });
    }
  });
  return { entries, bySpeaker };
}
