import type { Issue } from '../errors.js';
import { BEHAVIOR_IDS, SIGNAL_IDS, STAGE_IDS, isBehaviorId, isSignalId, isStageId } from './catalog.js';
import { parseComparison, type Comparison } from './comparison.js';
import type { Criterion, LeafCriterion, NaRule, Rubric } from './rubric-schema.js';
import { ARC_FIELDS, splitArcPath } from './sentiment-fields.js';

/** Checks what the shape cannot: catalog ids, stage names, sentiment checks, duplicate ids. Returns every problem. */
export function validateRubric(rubric: Rubric): Issue[] {
  const issues: Issue[] = [];
  const seen = new Set<string>();
  rubric.sections.forEach((section, s) => {
    section.criteria.forEach((criterion, c) => {
      const where = `$.sections[${s}].criteria[${c}]`;
      if (seen.has(criterion.id)) issues.push({ where: `${where}.id`, message: `criterion id "${criterion.id}" is used twice; ids must be unique in a rubric` });
      seen.add(criterion.id);
      issues.push(...validateCriterion(criterion, where));
      if (criterion.kind === 'composite') {
        criterion.subCriteria.forEach((sub, i) => issues.push(...validateCriterion(sub, `${where}.subCriteria[${i}]`)));
      }
    });
  });
  return issues;
}

function validateCriterion(criterion: Criterion | LeafCriterion, where: string): Issue[] {
  const issues: Issue[] = [];
  if (criterion.na) issues.push(...validateNa(criterion.na, `${where}.na.when`));
  if (criterion.autoFail && !criterion.compliance) {
    issues.push({ where: `${where}.autoFail`, message: 'only compliance criteria may auto-fail; add "compliance: true" or drop autoFail' });
  }
  switch (criterion.kind) {
    case 'behavior_present':
    case 'behavior_absent':
      if (!isBehaviorId(criterion.behavior)) issues.push(unknownId(`${where}.behavior`, 'behavior', criterion.behavior, BEHAVIOR_IDS));
      break;
    case 'sentiment': {
      const parsed = parseSentimentCheck(criterion.check);
      if (parsed instanceof Error) issues.push({ where: `${where}.check`, message: parsed.message });
      break;
    }
  }
  if ('stage' in criterion && criterion.stage !== undefined && !isStageId(criterion.stage)) {
    issues.push(unknownId(`${where}.stage`, 'stage', criterion.stage, STAGE_IDS));
  }
  return issues;
}

function validateNa(na: NaRule, where: string): Issue[] {
  const issues: Issue[] = [];
  for (const key of ['stageAbsent', 'stagePresent'] as const) {
    const value = na.when[key];
    if (value !== undefined && !isStageId(value)) issues.push(unknownId(`${where}.${key}`, 'stage', value, STAGE_IDS));
  }
  for (const key of ['signalAbsent', 'signalPresent'] as const) {
    const value = na.when[key];
    if (value !== undefined && !isSignalId(value)) issues.push(unknownId(`${where}.${key}`, 'signal', value, SIGNAL_IDS));
  }
  return issues;
}

function unknownId(where: string, what: string, value: string, known: readonly string[]): Issue {
  return { where, message: `unknown ${what} "${value}"; use one of ${known.join(', ')}` };
}

/** A sentiment check with its path and value checked against the arc's fields. */
export function parseSentimentCheck(check: string): Comparison | Error {
  const comparison = parseComparison(check);
  if (comparison instanceof Error) return comparison;
  const arcPath = splitArcPath(comparison.path);
  if (arcPath instanceof Error) return arcPath;
  const type = ARC_FIELDS[arcPath.field]!;
  const values = Array.isArray(comparison.value) ? comparison.value : [comparison.value];
  if (type === 'number' && !values.every((v) => typeof v === 'number')) {
    return new Error(`"${comparison.path}" is a number; "${check}" compares it with something else`);
  }
  if (type === 'boolean' && !values.every((v) => typeof v === 'boolean')) {
    return new Error(`"${comparison.path}" is true/false; "${check}" compares it with something else`);
  }
  if (typeof type === 'object') {
    const bad = values.filter((v) => typeof v !== 'string' || !type.enum.includes(v));
    if (bad.length > 0) return new Error(`"${bad.join(', ')}" is not a value of ${comparison.path}; use ${type.enum.join(', ')}`);
  }
  return comparison;
}
