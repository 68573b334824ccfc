import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { UndertoneError, type Issue } from '../errors.js';

/** Reads YAML or JSON config text (JSON is valid YAML). Syntax errors become INVALID_CONFIG with the line. */
export function readConfigText(text: string, source: string | undefined, what: string): unknown {
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (e) {
    const message = e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
    throw new UndertoneError('INVALID_CONFIG', `${what} is not valid YAML or JSON: fix the syntax and retry`, {
      issues: [{ where: source ?? '$', message }],
      source,
    });
  }
}

export function configPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : `${acc}.${String(key)}`), '$');
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ where: configPath(issue.path), message: issue.message }));
}

export function invalidConfig(what: string, issues: Issue[], source: string | undefined): UndertoneError {
  const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
  return new UndertoneError('INVALID_CONFIG', `${what} has ${count}; fix each one listed and retry`, { issues, source });
}
