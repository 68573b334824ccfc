import type { Issue } from '../errors.js';
import type { ComparisonValue } from '../scoring/comparison.js';
import type { Condition, ResolvedCondition } from './condition.js';
import { parseExpression } from './expression.js';
import { FIELD_REGISTRY, suggestFields, type FieldSpec } from './field-registry.js';

const OPS_BY_KIND: Record<FieldSpec['kind'], readonly string[]> = {
  number: ['>=', '<=', '>', '<', '==', '!=', 'in', 'not_in', 'exists'],
  boolean: ['==', '!=', 'exists'],
  string: ['==', '!=', 'in', 'not_in', 'contains', 'exists'],
  'string[]': ['contains', 'exists'],
};

/** Turns a condition (structured or string) into the structured form, collecting every problem with its config path. */
export function resolveCondition(condition: Condition, where: string, issues: Issue[]): ResolvedCondition | undefined {
  if (typeof condition === 'string') {
    const parsed = parseExpression(condition);
    if (parsed instanceof Error) {
      issues.push({ where, message: parsed.message });
      return undefined;
    }
    return checkFields(parsed, where, issues) ? parsed : undefined;
  }
  if ('all' in condition) return group('all', condition.all, where, issues);
  if ('any' in condition) return group('any', condition.any, where, issues);
  if ('not' in condition) {
    const inner = resolveCondition(condition.not, `${where}.not`, issues);
    return inner && { not: inner };
  }
  const resolved = { field: condition.field, op: condition.op, value: condition.value ?? (condition.op === 'exists' ? true : undefined) };
  if (resolved.value === undefined) {
    issues.push({ where: `${where}.value`, message: `op "${condition.op}" needs a value` });
    return undefined;
  }
  const leaf = resolved as { field: string; op: typeof condition.op; value: ComparisonValue };
  return checkFields(leaf, where, issues) ? leaf : undefined;
}

function group(key: 'all' | 'any', parts: Condition[], where: string, issues: Issue[]): ResolvedCondition | undefined {
  const resolved = parts.map((p, i) => resolveCondition(p, `${where}.${key}[${i}]`, issues));
  if (resolved.some((r) => r === undefined)) return undefined;
  return key === 'all' ? { all: resolved as ResolvedCondition[] } : { any: resolved as ResolvedCondition[] };
}

/** Checks every field comparison in a resolved condition against the registry. */
function checkFields(condition: ResolvedCondition, where: string, issues: Issue[]): boolean {
  if ('all' in condition) return condition.all.map((c) => checkFields(c, where, issues)).every(Boolean);
  if ('any' in condition) return condition.any.map((c) => checkFields(c, where, issues)).every(Boolean);
  if ('not' in condition) return checkFields(condition.not, where, issues);
  const problem = fieldProblem(condition.field, condition.op, condition.value);
  if (problem) issues.push({ where, message: problem });
  return problem === undefined;
}

function fieldProblem(field: string, op: string, value: ComparisonValue): string | undefined {
  const spec = FIELD_REGISTRY[field];
  if (!spec) {
    const hints = suggestFields(field);
    return `field "${field}" does not exist in the call analysis${hints.length > 0 ? `; did you mean ${hints.join(', ')}?` : ''}`;
  }
  if (!OPS_BY_KIND[spec.kind].includes(op)) return `"${op.replace('_', ' ')}" does not apply to ${field} (a ${spec.kind}); use ${OPS_BY_KIND[spec.kind].join(', ')}`;
  if (op === 'exists') return typeof value === 'boolean' ? undefined : `exists takes true or false for ${field}`;
  const values = Array.isArray(value) ? value : [value];
  const wanted = spec.kind === 'string[]' ? 'string' : spec.kind;
  const wrong = values.filter((v) => typeof v !== wanted);
  if (wrong.length > 0) return `${field} is a ${spec.kind}; "${wrong.join(', ')}" is not a ${wanted} (malformed threshold?)`;
  if (spec.values) {
    const unknown = values.filter((v) => !spec.values!.includes(String(v)));
    if (unknown.length > 0) return `"${unknown.join(', ')}" is not a known value of ${field}; use one of ${spec.values.join(', ')}`;
  }
  return undefined;
}
