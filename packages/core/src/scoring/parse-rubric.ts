import { invalidConfig, readConfigText, zodIssues } from './config-text.js';
import { rubricSchema, type Rubric } from './rubric-schema.js';
import { validateRubric } from './validate-rubric.js';

/** Parses and checks a rubric (YAML or JSON text, or an already-parsed object). Throws INVALID_CONFIG listing every problem. */
export function parseRubric(input: string | unknown, source?: string): Rubric {
  const raw = typeof input === 'string' ? readConfigText(input, source, 'rubric') : input;
  const shaped = rubricSchema.safeParse(raw);
  if (!shaped.success) throw invalidConfig(`rubric${nameOf(raw)}`, zodIssues(shaped.error), source);
  const issues = validateRubric(shaped.data);
  if (issues.length > 0) throw invalidConfig(`rubric "${shaped.data.id}"`, issues, source);
  return shaped.data;
}

function nameOf(raw: unknown): string {
  const id = raw && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' ? ` "${id}"` : '';
}

