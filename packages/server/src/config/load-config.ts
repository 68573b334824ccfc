import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { configSchema, type Config } from './config-schema.js';
import { configFromEnv } from './env.js';

export interface ConfigProblem {
  where: string;
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

/**
 * File values first, environment variables over them, then one validation that reports every problem.
 * Pure apart from reading `file`; `env` is passed in so tests and commands control it.
 */
export function loadConfig(opts: { env: Record<string, string | undefined>; file?: string }): ConfigResult {
  const problems: ConfigProblem[] = [];
  let fromFile: Record<string, unknown> = {};
  if (opts.file) {
    try {
      const text = readFileSync(opts.file, 'utf8');
      const parsed: unknown = /\.ya?ml$/i.test(opts.file) ? parseYaml(text) : JSON.parse(text);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) fromFile = parsed as Record<string, unknown>;
      else problems.push({ where: opts.file, message: 'expected an object with sections database, server, worker, pipeline, demo, intake, auth' });
    } catch (err) {
      problems.push({ where: opts.file, message: `cannot read config file: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  const env = configFromEnv(opts.env);
  problems.push(...env.problems);
  const merged = mergeSections(fromFile, env.values);
  const result = configSchema.safeParse(merged);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      const envName = env.sources[path];
      problems.push({ where: envName ? `${envName} (${path})` : path || '(root)', message: issue.message });
    }
  }
  if (problems.length > 0 || !result.success) return { ok: false, problems };
  return { ok: true, config: result.data };
}

function mergeSections(base: Record<string, unknown>, over: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [section, values] of Object.entries(over)) {
    const existing = out[section];
    out[section] = { ...(existing && typeof existing === 'object' ? (existing as object) : {}), ...values };
  }
  return out;
}

export function describeConfigProblems(problems: ConfigProblem[]): string {
  return ['undertone: the configuration is invalid:', ...problems.map((p) => `  ${p.where}: ${p.message}`), 'Fix these values (environment variables or --config file) and start again.'].join('\n');
}
