import type { CallAnalysis } from '../analysis/types.js';
import { compare, type ComparisonValue } from '../scoring/comparison.js';
import type { ResolvedCondition } from './condition.js';
import { FIELD_REGISTRY } from './field-registry.js';

export interface ConditionResult {
  matched: boolean;
  /** The field values behind the result, e.g. `sentiment.arcs.customer.exit = -0.72 (< -0.6)`. */
  facts: string[];
}

function show(value: unknown): string {
  if (typeof value === 'number') return String(Math.round(value * 1000) / 1000);
  if (Array.isArray(value)) return `[${value.join(', ')}]`;
  return String(value);
}

function showExpected(op: string, value: ComparisonValue): string {
  return `${op.replace('_', ' ')} ${show(value)}`;
}

export function evaluateCondition(condition: ResolvedCondition, analysis: CallAnalysis): ConditionResult {
  if ('all' in condition) {
    const parts = condition.all.map((c) => evaluateCondition(c, analysis));
    const matched = parts.every((p) => p.matched);
    return { matched, facts: parts.filter((p) => p.matched === matched).flatMap((p) => p.facts) };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => evaluateCondition(c, analysis));
    const matched = parts.some((p) => p.matched);
    return { matched, facts: parts.filter((p) => p.matched === matched).flatMap((p) => p.facts) };
  }
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, analysis);
    return { matched: !inner.matched, facts: inner.facts.map((f) => `not (${f})`) };
  }
  const spec = FIELD_REGISTRY[condition.field];
  const actual = spec?.read(analysis);
  const matched = condition.op === 'exists' || (actual !== undefined && actual !== null) ? compare(actual, condition.op, condition.value) : false;
  const fact = actual === undefined || actual === null
    ? `${condition.field} has no value (needed ${showExpected(condition.op, condition.value)})`
    : `${condition.field} = ${show(actual)} (${showExpected(condition.op, condition.value)})`;
  return { matched, facts: [fact] };
}
