import { parseComparison } from '../scoring/comparison.js';
import type { ResolvedCondition } from './condition.js';

/**
 * The string form of a condition: comparisons joined by `and` / `or`, `not` and parentheses, `and` binding tighter.
 * Example: `sentiment.arcs.customer.exit < -0.6 and (sentiment.arcs.agent.exit < -0.3 or signals.ids contains complaint)`.
 * Returns an Error instead of throwing so a config loader can report every problem at once.
 */
export function parseExpression(text: string): ResolvedCondition | Error {
  const tokens = text.match(/\(|\)|\[[^\]]*\]|"[^"]*"|'[^']*'|[^\s()]+/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const isKeyword = (t: string | undefined, k: string) => t !== undefined && t.toLowerCase() === k;

  function orExpr(): ResolvedCondition | Error {
    const parts = [andExpr()];
    while (isKeyword(peek(), 'or')) {
      position++;
      parts.push(andExpr());
    }
    const failure = parts.find((p) => p instanceof Error);
    if (failure) return failure;
    return parts.length === 1 ? (parts[0] as ResolvedCondition) : { any: parts as ResolvedCondition[] };
  }
  function andExpr(): ResolvedCondition | Error {
    const parts = [unary()];
    while (isKeyword(peek(), 'and')) {
      position++;
      parts.push(unary());
    }
    const failure = parts.find((p) => p instanceof Error);
    if (failure) return failure;
    return parts.length === 1 ? (parts[0] as ResolvedCondition) : { all: parts as ResolvedCondition[] };
  }
  function unary(): ResolvedCondition | Error {
    const token = peek();
    if (token === undefined) return new Error(`"${text}" ends where a condition was expected`);
    if (isKeyword(token, 'not')) {
      position++;
      const inner = unary();
      return inner instanceof Error ? inner : { not: inner };
    }
    if (token === '(') {
      position++;
      const inner = orExpr();
      if (inner instanceof Error) return inner;
      if (peek() !== ')') return new Error(`missing ")" in "${text}"`);
      position++;
      return inner;
    }
    const words: string[] = [];
    while (position < tokens.length && !['and', 'or'].includes(peek()!.toLowerCase()) && peek() !== ')' && peek() !== '(') {
      words.push(tokens[position++]!);
    }
    if (words.length === 0) return new Error(`unexpected "${token}" in "${text}"`);
    const comparison = parseComparison(words.join(' '));
    return comparison instanceof Error ? comparison : { field: comparison.path, op: comparison.op, value: comparison.value };
  }

  const result = orExpr();
  if (result instanceof Error) return result;
  if (position < tokens.length) return new Error(`unexpected "${tokens[position]}" in "${text}"`);
  return result;
}
