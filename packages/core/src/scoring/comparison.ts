/**
 * One comparison written as text, `path op value`: `customer.exit >= 0.2`, `customer.trend in [improving, no_change]`,
 * `customer.recovery.achieved` (a bare path means "is true"), `not customer.finalThirdDrop.flagged`.
 * Used by sentiment criteria and by the expression form of flag policies.
 */
export const COMPARISON_OPS = ['>=', '<=', '>', '<', '==', '!=', 'in', 'not_in', 'contains', 'exists'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];
export type ComparisonValue = number | string | boolean | Array<number | string | boolean>;

export interface Comparison {
  path: string;
  op: ComparisonOp;
  value: ComparisonValue;
}

const PATH = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

function parseScalar(raw: string): number | string | boolean {
  const text = raw.trim().replace(/^["']|["']$/g, '');
  if (text === 'true') return true;
  if (text === 'false') return false;
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

function parseValue(raw: string): ComparisonValue | Error {
  const text = raw.trim();
  if (text.length === 0) return new Error('missing value after the operator');
  if (text.startsWith('[')) {
    if (!text.endsWith(']')) return new Error(`list "${text}" is not closed with "]"`);
    const inner = text.slice(1, -1).trim();
    return inner.length === 0 ? [] : inner.split(',').map(parseScalar);
  }
  return parseScalar(text);
}

/** Returns an Error (not thrown) so callers can collect every problem in a config before failing. */
export function parseComparison(source: string): Comparison | Error {
  let text = source.trim();
  let negate = false;
  if (/^not\s+/.test(text)) {
    negate = true;
    text = text.replace(/^not\s+/, '');
  }
  const match = /^(\S+)\s*(>=|<=|==|!=|>|<|\bnot\s+in\b|\bin\b|\bcontains\b|\bexists\b)\s*(.*)$/.exec(text);
  if (!match) {
    if (!PATH.test(text)) return new Error(`"${source}" is not "field op value" (ops: ${COMPARISON_OPS.join(' ')}) nor a field name`);
    return { path: text, op: '==', value: !negate };
  }
  const [, path = '', rawOp = '', rawValue = ''] = match;
  if (!PATH.test(path)) return new Error(`"${path}" is not a field path (letters, digits, "_" joined by ".")`);
  const op = rawOp.replace(/\s+/, '_') as ComparisonOp;
  if (op === 'exists') return { path, op, value: !negate };
  const value = parseValue(rawValue);
  if (value instanceof Error) return new Error(`${value.message} in "${source}"`);
  if (['>=', '<=', '>', '<'].includes(op) && typeof value !== 'number') {
    return new Error(`threshold "${rawValue.trim()}" in "${source}" is not a number`);
  }
  if ((op === 'in' || op === 'not_in') && !Array.isArray(value)) return new Error(`"${op}" needs a list like [a, b] in "${source}"`);
  if (negate) return { path, op: negateOp(op), value };
  return { path, op, value };
}

function negateOp(op: ComparisonOp): ComparisonOp {
  const opposite: Partial<Record<ComparisonOp, ComparisonOp>> = {
    '>=': '<', '<=': '>', '>': '<=', '<': '>=', '==': '!=', '!=': '==', in: 'not_in', not_in: 'in',
  };
  return opposite[op] ?? op;
}

export function compare(actual: unknown, op: ComparisonOp, expected: ComparisonValue): boolean {
  switch (op) {
    case 'exists':
      return (actual !== undefined && actual !== null) === expected;
    case 'contains':
      return Array.isArray(actual) ? actual.includes(expected) : typeof actual === 'string' && actual.includes(String(expected));
    case 'in':
      return Array.isArray(expected) && expected.includes(actual as never);
    case 'not_in':
      return Array.isArray(expected) && !expected.includes(actual as never);
    case '==':
      return actual === expected;
    case '!=':
      return actual !== expected;
  }
  if (typeof actual !== 'number' || typeof expected !== 'number') return false;
  if (op === '>=') return actual >= expected;
  if (op === '<=') return actual <= expected;
  if (op === '>') return actual > expected;
  return actual < expected;
}

export function formatComparison(c: Comparison): string {
  const value = Array.isArray(c.value) ? `[${c.value.join(', ')}]` : String(c.value);
  return `${c.path} ${c.op.replace('_', ' ')} ${value}`;
}
