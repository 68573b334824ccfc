import { parse as parseYaml, YAMLParseError } from 'yaml';
import { z } from 'zod';
import { UndertoneError, type Issue } from '../errors.js';
import { behaviorCatalogSchema, behaviorEntrySchema, type BehaviorCatalog } from './catalog-schema.js';
import { compileCatalog } from './compile-catalog.js';
import { DEFAULT_BEHAVIOR_CATALOG } from './default-catalog.js';

/**
 * A QA team's catalog file. Entries whose id already exists override only the fields they give;
 * `addPatterns`/`addGuards`/`addExamples` extend instead of replace; `remove` drops entries.
 */
const catalogFileSchema = z
  .object({
    families: z.record(z.string(), z.array(z.string().min(1)).min(1)).optional(),
    entries: z
      .array(
        z
          .object({
            id: z.string(),
            addPatterns: z.array(z.string().min(1)).optional(),
            addGuards: z.array(z.object({ pattern: z.string().min(1), window: z.number().int().nonnegative().optional() })).optional(),
            addExamples: z.object({ positive: z.array(z.string()).optional(), negative: z.array(z.string()).optional() }).optional(),
          })
          .loose(),
      )
      .optional(),
    remove: z.array(z.string()).optional(),
  })
  .strict();

function zodIssues(error: z.ZodError, prefix = ''): Issue[] {
  return error.issues.map((i) => ({ where: `${prefix}${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('').replace(/^\./, '') || '(root)'}`, message: i.message }));
}

function fail(issues: Issue[], source: string | undefined): never {
  throw new UndertoneError('INVALID_CONFIG', `behavior catalog has ${issues.length} problem${issues.length === 1 ? '' : 's'}; fix each one listed`, { issues, source });
}

/**
 * Parses a YAML or JSON catalog file and merges it over `base` (the default catalog unless given).
 * Throws INVALID_CONFIG listing every problem with its path (syntax, schema, unknown families or ids, bad patterns).
 */
export function parseBehaviorCatalog(text: string, source?: string, base: BehaviorCatalog = DEFAULT_BEHAVIOR_CATALOG): BehaviorCatalog {
  let raw: unknown;
  try {
    raw = parseYaml(text, { prettyErrors: true });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const line = e.linePos?.[0].line;
      fail([{ where: line ? `line ${line}` : '(file)', message: `not valid YAML or JSON: ${e.message.split('\n')[0]}` }], source);
    }
    throw e;
  }
  const file = catalogFileSchema.safeParse(raw ?? {});
  if (!file.success) fail(zodIssues(file.error), source);

  const issues: Issue[] = [];
  const removed = new Set(file.data.remove ?? []);
  (file.data.remove ?? []).forEach((id, i) => {
    if (!base.entries.some((e) => e.id === id)) issues.push({ where: `remove[${i}]`, message: `no entry "${id}" to remove` });
  });
  const entries: unknown[] = base.entries.filter((e) => !removed.has(e.id)).map((e) => ({ ...e }));
  (file.data.entries ?? []).forEach((given, i) => {
    const { addPatterns, addGuards, addExamples, ...fields } = given;
    const existingAt = entries.findIndex((e) => (e as { id: string }).id === given.id);
    const existing = existingAt >= 0 ? (entries[existingAt] as Record<string, unknown>) : undefined;
    const merged: Record<string, unknown> = { ...(existing ?? {}), ...fields };
    const list = <T>(key: string, extra: T[] | undefined) => {
      if (extra) merged[key] = [...((merged[key] as T[] | undefined) ?? []), ...extra];
    };
    list('patterns', addPatterns);
    list('guards', addGuards);
    if (addExamples) {
      const examples = (merged.examples as { positive?: string[]; negative?: string[] } | undefined) ?? {};
      merged.examples = { positive: [...(examples.positive ?? []), ...(addExamples.positive ?? [])], negative: [...(examples.negative ?? []), ...(addExamples.negative ?? [])] };
    }
    const entry = behaviorEntrySchema.safeParse(merged);
    if (!entry.success) {
      issues.push(...zodIssues(entry.error, `entries[${i}].`).map((x) => (existing ? { ...x, message: `${x.message} (overriding "${given.id}")` } : x)));
      return;
    }
    if (existingAt >= 0) entries[existingAt] = entry.data;
    else entries.push(entry.data);
  });
  if (issues.length > 0) fail(issues, source);

  const catalog = behaviorCatalogSchema.safeParse({ families: { ...base.families, ...(file.data.families ?? {}) }, entries });
  if (!catalog.success) fail(zodIssues(catalog.error), source);
  const compiled = compileCatalog(catalog.data);
  if (compiled.issues.length > 0) fail(compiled.issues, source);
  return catalog.data;
}
