/**
 * The phrase-pattern language of the behavior catalog, parsed once into a tree (compile-matcher.ts
 * turns the tree into the function that matches it).
 *
 *   word        a normalized word              frustrat*   any word starting with "frustrat"
 *   cancel+     any inflection of "cancel" (cancels, cancelled, cancelling), by lemma key
 *   (a|b c)     one of several sequences       x?          x is optional
 *   {family}    a named phrase family          *3          skip 0 to 3 words
 *   ^           at a clause start              $           at a clause end
 *   a b | c d   either sequence (top-level alternation)
 */
import { lemmaOf } from './lemma.js';
import { leastLikely } from './required-set-choice.js';

export type PatternNode =
  | { kind: 'word'; word: string }
  | { kind: 'words'; words: Set<string> }
  | { kind: 'prefix'; stem: string }
  | { kind: 'lemmas'; lemmas: Set<string> }
  | { kind: 'seq'; items: PatternNode[] }
  | { kind: 'alt'; options: PatternNode[] }
  | { kind: 'optional'; node: PatternNode }
  | { kind: 'gap'; max: number }
  | { kind: 'clauseStart' }
  | { kind: 'clauseEnd' };

export class PatternSyntaxError extends Error {}

export type FamilyResolver = (name: string) => PatternNode;

const LEXEME = /\s*(\(|\)|\||\?|\{[a-z0-9_]+\}|\*\d+|\^|\$|[a-z0-9']+[*+]?)/y;

function lex(source: string): string[] {
  const out: string[] = [];
  LEXEME.lastIndex = 0;
  let position = 0;
  const text = source.toLowerCase();
  while (position < text.length) {
    if (text.slice(position).trim() === '') break;
    LEXEME.lastIndex = position;
    const m = LEXEME.exec(text);
    if (!m) throw new PatternSyntaxError(`unexpected "${text.slice(position).trim().slice(0, 12)}" at character ${position + 1}`);
    out.push(m[1]!);
    position = LEXEME.lastIndex;
  }
  return out;
}

/** Parses one pattern. Family references are resolved through `resolveFamily` (which may itself compile). */
export function compilePattern(source: string, resolveFamily: FamilyResolver): PatternNode {
  const lexemes = lex(source);
  let i = 0;
  const parseSequence = (): PatternNode => {
    const items: PatternNode[] = [];
    while (i < lexemes.length && lexemes[i] !== ')' && lexemes[i] !== '|') {
      let node = parseAtom();
      while (lexemes[i] === '?') {
        node = { kind: 'optional', node };
        i++;
      }
      items.push(node);
    }
    return items.length === 1 ? items[0]! : { kind: 'seq', items };
  };
  const parseAtom = (): PatternNode => {
    const lexeme = lexemes[i++]!;
    if (lexeme === '(') {
      const options = [parseSequence()];
      while (lexemes[i] === '|') {
        i++;
        options.push(parseSequence());
      }
      if (lexemes[i] !== ')') throw new PatternSyntaxError('missing ")"');
      i++;
      return simplifyAlternation(options);
    }
    if (lexeme === '?') throw new PatternSyntaxError('"?" must follow a word or group');
    if (lexeme === '^') return { kind: 'clauseStart' };
    if (lexeme === '$') return { kind: 'clauseEnd' };
    if (lexeme.startsWith('{')) return resolveFamily(lexeme.slice(1, -1));
    if (lexeme.startsWith('*')) return { kind: 'gap', max: Number(lexeme.slice(1)) };
    if (lexeme.endsWith('*')) return { kind: 'prefix', stem: lexeme.slice(0, -1) };
    if (lexeme.endsWith('+')) return { kind: 'lemmas', lemmas: new Set([lemmaOf(lexeme.slice(0, -1))]) };
    return { kind: 'word', word: lexeme };
  };
  const options = [parseSequence()];
  while (lexemes[i] === '|') {
    i++;
    options.push(parseSequence());
  }
  const node = simplifyAlternation(options);
  if (i < lexemes.length) throw new PatternSyntaxError(`unexpected "${lexemes[i]}"`);
  if (lexemes.length === 0) throw new PatternSyntaxError('pattern is empty');
  return node;
}

/** Single-word options collapse into one set lookup; the rest stay as alternatives. */
function simplifyAlternation(options: PatternNode[]): PatternNode {
  const words = new Set<string>();
  const lemmas = new Set<string>();
  const rest: PatternNode[] = [];
  for (const o of options) {
    if (o.kind === 'word') words.add(o.word);
    else if (o.kind === 'words') for (const w of o.words) words.add(w);
    else if (o.kind === 'lemmas') for (const l of o.lemmas) lemmas.add(l);
    else rest.push(o);
  }
  const merged: PatternNode[] = words.size === 0 ? rest : [words.size === 1 ? { kind: 'word', word: [...words][0]! } : { kind: 'words', words }, ...rest];
  if (lemmas.size > 0) merged.unshift({ kind: 'lemmas', lemmas });
  return merged.length === 1 ? merged[0]! : { kind: 'alt', options: merged };
}

/**
 * Word sets (by word or by lemma key) a match must each draw at least one word from (a cheap pre-check before matching:
 * a dismissive acknowledgment needs a contrast word somewhere in the utterance).
 */
export interface RequiredSet { words: Set<string>; lemmas: Set<string> }

const NO_WORDS: Set<string> = new Set();

export function requiredWordSets(node: PatternNode): RequiredSet[] {
  switch (node.kind) {
    case 'word': return [{ words: new Set([node.word]), lemmas: NO_WORDS }];
    case 'words': return [{ words: node.words, lemmas: NO_WORDS }];
    case 'lemmas': return [{ words: NO_WORDS, lemmas: node.lemmas }];
    case 'seq': return node.items.flatMap(requiredWordSets);
    case 'alt': {
      const first = firstWords(node);
      const sets = first.canBeEmpty || first.any || first.stems.length > 0 ? [] : [{ words: first.words, lemmas: first.lemmas }];
      // Whichever option matches brings a word of one of its own required sets: of the union of one set per option.
      const perOption = node.options.map((option) => leastLikely(requiredWordSets(option)));
      if (perOption.every((set) => set !== undefined)) sets.push(unionSets(perOption));
      return sets;
    }
    default: return [];
  }
}

function unionSets(sets: readonly RequiredSet[]): RequiredSet {
  return { words: new Set(sets.flatMap((set) => [...set.words])), lemmas: new Set(sets.flatMap((set) => [...set.lemmas])) };
}

/** Words (or stems) a match can begin with; `null` when the pattern could begin with anything. */
export interface FirstWords { words: Set<string>; lemmas: Set<string>; stems: string[]; any: boolean; canBeEmpty: boolean }

const NO_FIRST: FirstWords = { words: new Set(), lemmas: new Set(), stems: [], any: false, canBeEmpty: false };

export function firstWords(node: PatternNode): FirstWords {
  switch (node.kind) {
    case 'word': return { ...NO_FIRST, words: new Set([node.word]) };
    case 'words': return { ...NO_FIRST, words: new Set(node.words) };
    case 'lemmas': return { ...NO_FIRST, lemmas: new Set(node.lemmas) };
    case 'prefix': return { ...NO_FIRST, stems: [node.stem] };
    case 'gap': return { ...NO_FIRST, any: node.max > 0, canBeEmpty: true };
    case 'clauseStart':
    case 'clauseEnd': return { ...NO_FIRST, canBeEmpty: true };
    case 'optional': return { ...firstWords(node.node), canBeEmpty: true };
    case 'alt': return node.options.map(firstWords).reduce(unionFirst);
    case 'seq': {
      let acc: FirstWords = { ...NO_FIRST, canBeEmpty: true };
      for (const item of node.items) {
        const f = firstWords(item);
        acc = { ...unionFirst(acc, f), canBeEmpty: f.canBeEmpty };
        if (!f.canBeEmpty) break;
      }
      return acc;
    }
  }
}

function unionFirst(a: FirstWords, b: FirstWords): FirstWords {
  return { words: new Set([...a.words, ...b.words]), lemmas: new Set([...a.lemmas, ...b.lemmas]), stems: [...a.stems, ...b.stems], any: a.any || b.any, canBeEmpty: a.canBeEmpty || b.canBeEmpty };
}
