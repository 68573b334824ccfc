import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import { UndertoneError, type Issue } from '../errors.js';
import { stageConfigSetSchema, type StageConfigSet } from './stage-config.js';

const EXAMPLE = 'callTypes: { sales: { stages: [ { id: pricing, cues: ["per month"] } ] } }';

/** `$.callTypes.sales.stages[2].cues[0]` from a zod issue path. */
function toJsonPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>(
    (acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`),
    '$',
  );
}

function describeZodIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}; check the spelling`;
  return issue.message;
}

/**
 * Parses a QA team's stage config (YAML or JSON: YAML is a superset of JSON). Every problem is
 * reported at once, each with its path, in an UndertoneError with code INVALID_CONFIG.
 */
export function parseStageConfig(text: string, source?: string): StageConfigSet {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (e) {
    const issues: Issue[] =
      e instanceof YAMLParseError
        ? [{ where: e.linePos ? `line ${e.linePos[0].line}, column ${e.linePos[0].col}` : '$', message: e.message.split('\n')[0] ?? e.message }]
        : [{ where: '$', message: String(e) }];
    throw new UndertoneError('INVALID_CONFIG', 'stage config is not valid YAML or JSON; fix the syntax at the position shown', {
      issues,
      ...(source !== undefined ? { source } : {}),
    });
  }
  const result = stageConfigSetSchema.safeParse(data);
  if (!result.success) {
    throw new UndertoneError(
      'INVALID_CONFIG',
      `stage config has ${result.error.issues.length} problem(s); fix each one below (expected shape: ${EXAMPLE})`,
      {
        issues: result.error.issues.map((issue) => ({ where: toJsonPath(issue.path), message: describeZodIssue(issue) })),
        ...(source !== undefined ? { source } : {}),
      },
    );
  }
  return result.data;
}
