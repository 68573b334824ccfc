import type { z } from 'zod';

export interface LineIssue {
  /** 1-based line number. */
  line: number;
  /** Where in the line's value (a dotted path; empty for the line itself). */
  path: string;
  message: string;
}

/** Parses JSON Lines, validating each line with `schema`; blank lines are skipped, every bad line is reported with its number. */
export function readJsonLines<T>(text: string, schema: z.ZodType<T>): { rows: T[]; issues: LineIssue[] } {
  const rows: T[] = [];
  const issues: LineIssue[] = [];
  text.split('\n').forEach((raw, i) => {
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      issues.push({ line: i + 1, path: '', message: 'not valid JSON' });
      return;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) rows.push(parsed.data);
    else issues.push(...parsed.error.issues.map((x) => ({ line: i + 1, path: x.path.join('.'), message: x.message })));
  });
  return { rows, issues };
}
