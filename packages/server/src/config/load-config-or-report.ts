import type { Config } from './config-schema.js';
import { describeConfigProblems, loadConfig } from './load-config.js';

/** For commands: the parsed config, or undefined after printing every problem to stderr. */
export function loadConfigOrReport(env: Record<string, string | undefined>, file: string | undefined): Config | undefined {
  const result = loadConfig({ env, ...(file ? { file } : {}) });
  if (result.ok) return result.config;
  process.stderr.write(describeConfigProblems(result.problems) + '\n');
  return undefined;
}
