/**
 * The tokens a pattern's match can hold at its second position, for a cheap test before matching: most
 * patterns tried at a token fail on the next one ("how about" tried at every "how"). The sets may be too
 * large (options are united, anchors ignored) but never too small, so the test only rules out starts that
 * cannot match; a pattern that can match one token or none gets no test.
 */
import type { PatternNode } from './pattern.js';

/** One token test: membership by word, by inflection key, by stem, or anything. */
export interface TokenSet { any: boolean; words: Set<string>; lemmas: Set<string>; stems: Set<string> }

/** What one node can match, for composing into a sequence. */
interface Shape {
  /** Tokens at its first position (when it matches at least one). */
  first: TokenSet;
  /** Tokens at its second position (when it matches at least two). */
  second: TokenSet;
  canBeEmpty: boolean;
  canBeOne: boolean;
}

const none = (): TokenSet => ({ any: false, words: new Set(), lemmas: new Set(), stems: new Set() });
const anything = (): TokenSet => ({ ...none(), any: true });

function union(a: TokenSet, b: TokenSet): TokenSet {
  return { any: a.any || b.any, words: new Set([...a.words, ...b.words]), lemmas: new Set([...a.lemmas, ...b.lemmas]), stems: new Set([...a.stems, ...b.stems]) };
}

function oneToken(first: TokenSet): Shape {
  return { first, second: none(), canBeEmpty: false, canBeOne: true };
}

/** `a` followed by `b`. */
function then(a: Shape, b: Shape): Shape {
  let first = a.first;
  let second = a.second;
  if (a.canBeEmpty) {
    first = union(first, b.first);
    second = union(second, b.second);
  }
  if (a.canBeOne) second = union(second, b.first);
  return {
    first,
    second,
    canBeEmpty: a.canBeEmpty && b.canBeEmpty,
    canBeOne: (a.canBeOne && b.canBeEmpty) || (a.canBeEmpty && b.canBeOne),
  };
}

/** `a` or `b`. */
function either(a: Shape, b: Shape): Shape {
  return { first: union(a.first, b.first), second: union(a.second, b.second), canBeEmpty: a.canBeEmpty || b.canBeEmpty, canBeOne: a.canBeOne || b.canBeOne };
}

function shapeOf(node: PatternNode): Shape {
  switch (node.kind) {
    case 'word': return oneToken({ ...none(), words: new Set([node.word]) });
    case 'words': return oneToken({ ...none(), words: new Set(node.words) });
    case 'lemmas': return oneToken({ ...none(), lemmas: new Set(node.lemmas) });
    case 'prefix': return oneToken({ ...none(), stems: new Set([node.stem]) });
    case 'clauseStart':
    case 'clauseEnd': return { first: none(), second: none(), canBeEmpty: true, canBeOne: false };
    case 'gap': return { first: node.max >= 1 ? anything() : none(), second: node.max >= 2 ? anything() : none(), canBeEmpty: true, canBeOne: node.max >= 1 };
    case 'optional': return { ...shapeOf(node.node), canBeEmpty: true };
    case 'seq': return node.items.map(shapeOf).reduce(then, { first: none(), second: none(), canBeEmpty: true, canBeOne: false });
    case 'alt': return node.options.map(shapeOf).reduce(either, { first: none(), second: none(), canBeEmpty: false, canBeOne: false });
  }
}

/** The second tokens of every match of `node`, or undefined when a match can be shorter than two tokens or hold anything second. */
export function secondTokens(node: PatternNode): TokenSet | undefined {
  const shape = shapeOf(node);
  if (shape.canBeEmpty || shape.canBeOne || shape.second.any) return undefined;
  return shape.second;
}
