/**
 * Compiles a pattern tree into a function that matches it from one start position.
 *
 * Patterns have a bounded length (no repetition; `*N` skips at most N words), so the positions a
 * match can reach from `start` fit in the bits of one int: bit k stands for token `start + k`.
 * Each node becomes a closure from the reachable positions before it to those after it, and
 * words are compared by their vocabulary ids. That is the same set-of-positions matching as
 * position-matcher.ts without allocating; patterns longer than the bits allow use that one.
 */
import { CLAUSE_END, CLAUSE_START, FIELDS, FLAGS, HAS_STEMS, LEMMA_ID, WORD_ID, type MatchText } from './match-text.js';
import { factorAlternations } from './factor-alternations.js';
import { findId, idLists } from './id-lists.js';
import { firstWords, type PatternNode } from './pattern.js';
import { matchAtPositions } from './position-matcher.js';
import { secondTokens } from './second-token.js';
import { hasStem, idTable, tokenPasses, tokenTest, type TokenTest } from './token-test.js';
import { registerLemma, registerStem, registerWord } from './vocabulary.js';

/** Reachable positions after a node, as bits relative to `base`, from those before it. */
type Step = (positions: number, base: number, text: MatchText) => number;

/** Bits 0..30: a pattern may reach at most 30 tokens past its start. */
const MAX_BITMASK_LENGTH = 30;
const ALL_POSITIONS = 0x7fffffff;
/** Alternations with this many options try only those that can begin with the token at hand. */
const MIN_DISPATCHED_OPTIONS = 4;

export interface CompiledPattern {
  node: PatternNode;
  /**
   * The longest match starting at token `start`, as its end position, or -1. `text` must carry current
   * vocabulary ids: prepared after the pattern was compiled, or refreshed (see refreshIds).
   */
  matchAt: (text: MatchText, start: number) => number;
  /** The tokens a match can begin with (see canStartAt); `any` when it could begin with anything (or match nothing). */
  start: TokenTest;
  /** The tokens a match can hold second (see second-token.ts); undefined when there is no such test. */
  second: TokenTest | undefined;
  /** `matchAt` without its `second` test, for a caller that has just run it. */
  matchAfterSecondTest: (text: MatchText, start: number) => number;
}

const compiledPatterns = new WeakMap<PatternNode, CompiledPattern>();

export function compileMatcher(node: PatternNode): CompiledPattern {
  const cached = compiledPatterns.get(node);
  if (cached) return cached;
  const start = startTestOf(node);
  let matchAt: CompiledPattern['matchAt'];
  if (maxLength(node) <= MAX_BITMASK_LENGTH) {
    const step = stepOf(factorAlternations(node));
    matchAt = (text, from) => {
      const ends = step(1, from, text);
      return ends === 0 ? -1 : from + 31 - Math.clz32(ends);
    };
  } else {
    matchAt = (text, from) => matchAtPositions(node, text, from);
  }
  const matchAfterSecondTest = matchAt;
  const secondSet = secondTokens(node);
  const second = secondSet === undefined ? undefined : tokenTest(secondSet);
  if (second !== undefined) matchAt = (text, from) => (passesSecondTest(second, text, from) ? matchAfterSecondTest(text, from) : -1);
  const compiled: CompiledPattern = { node, matchAt, start, second, matchAfterSecondTest };
  compiledPatterns.set(node, compiled);
  return compiled;
}

/** The most tokens one match can span. */
function maxLength(node: PatternNode): number {
  switch (node.kind) {
    case 'word':
    case 'words':
    case 'lemmas':
    case 'prefix': return 1;
    case 'gap': return node.max;
    case 'clauseStart':
    case 'clauseEnd': return 0;
    case 'optional': return maxLength(node.node);
    case 'seq': return node.items.reduce((sum, item) => sum + maxLength(item), 0);
    case 'alt': return node.options.reduce((most, option) => Math.max(most, maxLength(option)), 0);
  }
}

export function startTestOf(node: PatternNode): TokenTest {
  const first = firstWords(node);
  return tokenTest({ any: first.any || first.canBeEmpty, words: first.words, lemmas: first.lemmas, stems: new Set(first.stems) });
}

/** Whether the token after `from` passes a pattern's `second` test (there must be one). */
export function passesSecondTest(second: TokenTest, text: MatchText, from: number): boolean {
  return from + 1 < text.infos.length && tokenPasses(second, text, from + 1);
}

/** Whether a match of `pattern` can begin with token `p` at all (a cheap test before `matchAt`). */
export function canStartAt(pattern: CompiledPattern, text: MatchText, p: number): boolean {
  return tokenPasses(pattern.start, text, p);
}

const stepCache = new WeakMap<PatternNode, Step>();

function stepOf(node: PatternNode): Step {
  const cached = stepCache.get(node);
  if (cached) return cached;
  const step = buildStep(node);
  stepCache.set(node, step);
  return step;
}

function buildStep(node: PatternNode): Step {
  switch (node.kind) {
    case 'word': return wordStep(registerWord(node.word));
    case 'words': {
      const ids = [...node.words].map(registerWord);
      return ids.length <= FEW_WORDS ? fewWordsStep(ids) : wordTableStep(idTable(ids));
    }
    case 'lemmas': return lemmaTableStep(idTable([...node.lemmas].map(registerLemma)));
    case 'prefix': return stemStep(registerStem(node.stem));
    case 'clauseStart': return (positions, base, text) => keepFlagged(positions, base, text.data, CLAUSE_START);
    case 'clauseEnd': return (positions, base, text) => keepFlagged(positions, base, text.data, CLAUSE_END);
    case 'gap': return gapStep(node.max);
    case 'optional': {
      const inner = stepOf(node.node);
      return (positions, base, text) => positions | inner(positions, base, text);
    }
    case 'seq': return seqStep(node.items.map(stepOf));
    case 'alt': return node.options.length >= MIN_DISPATCHED_OPTIONS ? dispatchedAltStep(node.options) : altStep(node.options.map(stepOf));
  }
}

/*
 * One token: each reachable position before a passing token moves one past it. The four kinds are
 * written out rather than sharing a test callback, since this is the innermost loop.
 */
function wordStep(id: number): Step {
  return (positions, base, text) => {
    const data = text.data;
    const n = text.infos.length;
    let out = 0;
    for (let rest = positions; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      const p = base + 31 - Math.clz32(bit);
      if (p < n && data[p * FIELDS + WORD_ID] === id) out |= bit << 1;
    }
    return out;
  };
}

/** A handful of words compare by id directly: no table to fetch. */
const FEW_WORDS = 4;

function fewWordsStep(ids: number[]): Step {
  const [a = -1, b = -1, c = -1, d = -1] = ids;
  return (positions, base, text) => {
    const data = text.data;
    const n = text.infos.length;
    let out = 0;
    for (let rest = positions; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      const p = base + 31 - Math.clz32(bit);
      if (p >= n) continue;
      const id = data[p * FIELDS + WORD_ID]!;
      if (id === a || id === b || id === c || id === d) out |= bit << 1;
    }
    return out;
  };
}

/** Ids past the end of `table` (registered after it was built) read as undefined: not members. */
function wordTableStep(table: Uint8Array): Step {
  return (positions, base, text) => {
    const data = text.data;
    const n = text.infos.length;
    let out = 0;
    for (let rest = positions; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      const p = base + 31 - Math.clz32(bit);
      if (p < n && table[data[p * FIELDS + WORD_ID]!] === 1) out |= bit << 1;
    }
    return out;
  };
}

function lemmaTableStep(table: Uint8Array): Step {
  return (positions, base, text) => {
    const data = text.data;
    const n = text.infos.length;
    let out = 0;
    for (let rest = positions; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      const p = base + 31 - Math.clz32(bit);
      if (p < n && table[data[p * FIELDS + LEMMA_ID]!] === 1) out |= bit << 1;
    }
    return out;
  };
}

function stemStep(stem: number): Step {
  return (positions, base, text) => {
    const infos = text.infos;
    let out = 0;
    for (let rest = positions; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      const p = base + 31 - Math.clz32(bit);
      if (p < infos.length && (text.data[p * FIELDS + FLAGS]! & HAS_STEMS) !== 0 && hasStem(infos[p]!.stemIds, stem)) out |= bit << 1;
    }
    return out;
  };
}

/** The positions whose clause flags include `flag` (every position 0..token count has flags). */
function keepFlagged(positions: number, base: number, data: readonly number[], flag: number): number {
  let out = 0;
  for (let rest = positions; rest !== 0; rest &= rest - 1) {
    const bit = rest & -rest;
    if ((data[(base + 31 - Math.clz32(bit)) * FIELDS + FLAGS]! & flag) !== 0) out |= bit;
  }
  return out;
}

/** Skip 0 to `max` tokens, not past the end of the text. */
function gapStep(max: number): Step {
  return (positions, base, text) => {
    let out = positions;
    for (let k = 1; k <= max; k++) out |= positions << k;
    const room = text.infos.length - base;
    return room >= MAX_BITMASK_LENGTH ? out & ALL_POSITIONS : out & ((1 << (room + 1)) - 1);
  };
}

function seqStep(items: Step[]): Step {
  if (items.length === 2) {
    const [a, b] = items as [Step, Step];
    return (positions, base, text) => {
      const mid = a(positions, base, text);
      return mid === 0 ? 0 : b(mid, base, text);
    };
  }
  return (positions, base, text) => {
    let at = positions;
    for (let i = 0; i < items.length && at !== 0; i++) at = items[i]!(at, base, text);
    return at;
  };
}

function altStep(options: Step[]): Step {
  return (positions, base, text) => {
    let out = 0;
    for (let i = 0; i < options.length; i++) out |= options[i]!(positions, base, text);
    return out;
  };
}

/**
 * A large alternation: options that can begin with nothing or anything always run; the rest run
 * only from positions whose token they can begin with (by word id, inflection key id or stem).
 */
function dispatchedAltStep(options: PatternNode[]): Step {
  const steps = options.map(stepOf);
  const always: Step[] = [];
  const byWord = new Map<number, number[]>();
  const byLemma = new Map<number, number[]>();
  const add = (lists: Map<number, number[]>, id: number, option: number) => {
    const list = lists.get(id);
    if (list) list.push(option);
    else lists.set(id, [option]);
  };
  const byStem: Array<{ stem: number; step: Step }> = [];
  options.forEach((option, o) => {
    const first = firstWords(option);
    if (first.any || first.canBeEmpty) {
      always.push(steps[o]!);
      return;
    }
    for (const word of first.words) add(byWord, registerWord(word), o);
    for (const lemma of first.lemmas) add(byLemma, registerLemma(lemma), o);
    for (const stem of first.stems) byStem.push({ stem: registerStem(stem), step: steps[o]! });
  });
  const wordLists = idLists(byWord);
  const lemmaLists = idLists(byLemma);
  return (positions, base, text) => {
    let out = 0;
    for (let i = 0; i < always.length; i++) out |= always[i]!(positions, base, text);
    const { data, infos } = text;
    for (let rest = positions; rest !== 0; rest &= rest - 1) {
      const bit = rest & -rest;
      const p = base + 31 - Math.clz32(bit);
      if (p >= infos.length) continue;
      const wordSlot = findId(wordLists, data[p * FIELDS + WORD_ID]!);
      if (wordSlot >= 0) for (let k = wordLists.starts[wordSlot]!, end = wordLists.ends[wordSlot]!; k < end; k++) out |= steps[wordLists.data[k]!]!(bit, base, text);
      const lemmaSlot = findId(lemmaLists, data[p * FIELDS + LEMMA_ID]!);
      if (lemmaSlot >= 0) for (let k = lemmaLists.starts[lemmaSlot]!, end = lemmaLists.ends[lemmaSlot]!; k < end; k++) out |= steps[lemmaLists.data[k]!]!(bit, base, text);
      if (byStem.length > 0 && (data[p * FIELDS + FLAGS]! & HAS_STEMS) !== 0) {
        for (const { stem, step } of byStem) if (hasStem(infos[p]!.stemIds, stem)) out |= step(bit, base, text);
      }
    }
    return out;
  };
}
