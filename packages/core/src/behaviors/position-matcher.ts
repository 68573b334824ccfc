/**
 * The general matcher: advances a sorted set of token positions through a pattern tree (no backtracking,
 * so no blow-ups). compile-matcher.ts uses it for patterns too long for its bitmask form.
 */
import { CLAUSE_END, CLAUSE_START, FIELDS, FLAGS, type MatchText } from './match-text.js';
import { firstWords, type PatternNode } from './pattern.js';

const NONE: readonly number[] = [];
/** Shared one-position results: most steps move one position to one position, so they need not allocate. */
const SINGLE: Array<readonly number[]> = [];
function single(p: number): readonly number[] {
  return (SINGLE[p] ??= Object.freeze([p]));
}

/** The options of an alternation indexed by the words they can begin with; an option may be listed more than once. */
interface AltDispatch {
  always: PatternNode[];
  byWord: Map<string, PatternNode[]>;
  byLemma: Map<string, PatternNode[]>;
  byStem: Array<{ stem: string; option: PatternNode }>;
}

const MIN_DISPATCHED_OPTIONS = 4;
const dispatches = new WeakMap<PatternNode, AltDispatch>();

function dispatchOf(node: PatternNode & { kind: 'alt' }): AltDispatch {
  const cached = dispatches.get(node);
  if (cached) return cached;
  const dispatch: AltDispatch = { always: [], byWord: new Map(), byLemma: new Map(), byStem: [] };
  const add = (map: Map<string, PatternNode[]>, key: string, option: PatternNode) => {
    const list = map.get(key);
    if (list) list.push(option);
    else map.set(key, [option]);
  };
  for (const option of node.options) {
    const first = firstWords(option);
    if (first.any || first.canBeEmpty) {
      dispatch.always.push(option);
      continue;
    }
    for (const word of first.words) add(dispatch.byWord, word, option);
    for (const lemma of first.lemmas) add(dispatch.byLemma, lemma, option);
    for (const stem of first.stems) dispatch.byStem.push({ stem, option });
  }
  dispatches.set(node, dispatch);
  return dispatch;
}

/** Token positions reachable after `node`, starting from each of `from` (sorted, unique). Loops, not array chains: this is the hot path. */
function advance(node: PatternNode, from: readonly number[], text: MatchText): readonly number[] {
  const tokens = text.infos;
  const n = tokens.length;
  switch (node.kind) {
    case 'word':
    case 'words':
    case 'lemmas':
    case 'prefix': {
      if (from.length === 1) {
        const p = from[0]!;
        if (p >= n) return NONE;
        const token = tokens[p]!;
        const hit =
          node.kind === 'word' ? token.word === node.word
          : node.kind === 'words' ? node.words.has(token.word)
          : node.kind === 'lemmas' ? node.lemmas.has(token.lemma)
          : token.word.startsWith(node.stem);
        return hit ? single(p + 1) : NONE;
      }
      let out: number[] | undefined;
      for (const p of from) {
        if (p >= n) continue;
        const token = tokens[p]!;
        const word = token.word;
        const hit =
          node.kind === 'word' ? word === node.word
          : node.kind === 'words' ? node.words.has(word)
          : node.kind === 'lemmas' ? node.lemmas.has(token.lemma)
          : word.startsWith(node.stem);
        if (hit) (out ??= []).push(p + 1);
      }
      return out ?? NONE;
    }
    case 'clauseStart': return keepWhere(from, text, CLAUSE_START);
    case 'clauseEnd': return keepWhere(from, text, CLAUSE_END);
    case 'optional': return mergeSorted(from, advance(node.node, from, text));
    case 'gap': {
      if (from.length === 0) return NONE;
      const out: number[] = [];
      let lastPushed = -1;
      for (const p of from) {
        const to = Math.min(n, p + node.max);
        for (let q = Math.max(p, lastPushed + 1); q <= to; q++) out.push((lastPushed = q));
      }
      return out;
    }
    case 'alt': {
      let out: readonly number[] = NONE;
      if (from.length === 1 && node.options.length >= MIN_DISPATCHED_OPTIONS) {
        // Only options that can begin with this token (or with nothing) can move past it.
        const p = from[0]!;
        const dispatch = dispatchOf(node);
        for (const option of dispatch.always) out = mergeSorted(out, advance(option, from, text));
        if (p >= n) return out;
        const token = tokens[p]!;
        const byWord = dispatch.byWord.get(token.word);
        if (byWord) for (const option of byWord) out = mergeSorted(out, advance(option, from, text));
        const byLemma = dispatch.byLemma.get(token.lemma);
        if (byLemma) for (const option of byLemma) out = mergeSorted(out, advance(option, from, text));
        for (const { stem, option } of dispatch.byStem) if (token.word.startsWith(stem)) out = mergeSorted(out, advance(option, from, text));
        return out;
      }
      for (const option of node.options) out = mergeSorted(out, advance(option, from, text));
      return out;
    }
    case 'seq': {
      let positions = from;
      for (const item of node.items) {
        if (positions.length === 0) return NONE;
        positions = advance(item, positions, text);
      }
      return positions;
    }
  }
}

/** The positions of `from` whose clause flags include `flag`. */
function keepWhere(from: readonly number[], text: MatchText, flag: number): readonly number[] {
  const has = (p: number) => (text.data[p * FIELDS + FLAGS]! & flag) !== 0;
  if (from.length === 1) return has(from[0]!) ? from : NONE;
  let kept = 0;
  for (const p of from) if (has(p)) kept++;
  if (kept === from.length) return from;
  if (kept === 0) return NONE;
  return from.filter(has);
}

function mergeSorted(a: readonly number[], b: readonly number[]): readonly number[] {
  if (a.length === 0) return b;
  if (b.length === 0) return a;
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (out.length === 0 || out[out.length - 1]! !== x) out.push(x);
  }
  return out;
}

/** The longest match starting at token `start`, as its end position, or -1. */
export function matchAtPositions(node: PatternNode, text: MatchText, start: number): number {
  const ends = advance(node, single(start), text);
  return ends.length === 0 ? -1 : ends[ends.length - 1]!;
}
