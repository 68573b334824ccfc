/**
 * Left-factors alternations for matching: options that begin with the same word test share it,
 * so `(i am|i am so|i am really|we are)` is matched as `(i am (so|really)?|we are)` and the shared
 * words are read once. Matching advances sets of positions, so `(a x|a y)` and `a (x|y)` reach
 * exactly the same positions: the rewrite changes the work, never the matches.
 */
import type { PatternNode } from './pattern.js';

/** Matches the empty sequence: positions pass through unchanged. */
const EMPTY: PatternNode = { kind: 'seq', items: [] };

const factored = new WeakMap<PatternNode, PatternNode>();

export function factorAlternations(node: PatternNode): PatternNode {
  const cached = factored.get(node);
  if (cached) return cached;
  const result = factor(node);
  factored.set(node, result);
  return result;
}

function factor(node: PatternNode): PatternNode {
  switch (node.kind) {
    case 'seq': return { kind: 'seq', items: node.items.map(factorAlternations) };
    case 'optional': return { kind: 'optional', node: factorAlternations(node.node) };
    case 'alt': return factorOptions(node.options.map(factorAlternations));
    default: return node;
  }
}

function isWordTest(node: PatternNode): boolean {
  return node.kind === 'word' || node.kind === 'words' || node.kind === 'lemmas' || node.kind === 'prefix';
}

/** Equal keys mean the same test of one token. */
function testKey(node: PatternNode): string {
  switch (node.kind) {
    case 'word': return `w ${node.word}`;
    case 'words': return `W ${[...node.words].sort().join(' ')}`;
    case 'lemmas': return `L ${[...node.lemmas].sort().join(' ')}`;
    case 'prefix': return `P ${node.stem}`;
    default: throw new Error(`not a word test: ${node.kind}`);
  }
}

/** An option as its first word test and what follows it, when it begins with one. */
function split(option: PatternNode): { head: PatternNode; rest: PatternNode } | undefined {
  if (isWordTest(option)) return { head: option, rest: EMPTY };
  if (option.kind === 'seq' && option.items.length > 0 && isWordTest(option.items[0]!)) {
    const rest = option.items.slice(1);
    return { head: option.items[0]!, rest: rest.length === 1 ? rest[0]! : { kind: 'seq', items: rest } };
  }
  return undefined;
}

function factorOptions(options: PatternNode[]): PatternNode {
  const groups = new Map<string, { head: PatternNode; rests: PatternNode[]; first: PatternNode }>();
  const out: Array<PatternNode | string> = [];
  for (const option of options.flatMap((o) => (o.kind === 'alt' ? o.options : [o]))) {
    const parts = split(option);
    if (!parts) {
      out.push(option);
      continue;
    }
    const key = testKey(parts.head);
    const group = groups.get(key);
    if (group) group.rests.push(parts.rest);
    else {
      groups.set(key, { head: parts.head, rests: [parts.rest], first: option });
      out.push(key);
    }
  }
  const merged = out.map((item) => {
    if (typeof item !== 'string') return item;
    const group = groups.get(item)!;
    if (group.rests.length === 1) return group.first;
    return { kind: 'seq', items: [group.head, factorOptions(group.rests)] } satisfies PatternNode;
  });
  return merged.length === 1 ? merged[0]! : { kind: 'alt', options: merged };
}
