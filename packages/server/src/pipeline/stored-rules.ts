import { DEFAULT_RUBRICS, defaultPolicies, parsePolicies, parseRubric, type Rubric } from '@undertone/core';
import type { Kysely } from 'kysely';
import { isRetired, latestDefinitionVersions } from '../storage/definition-catalog.js';
import type { Database } from '../storage/schema.js';
import type { ActiveRules } from './default-steps.js';

/** The stored policy set the pipeline uses in place of the shipped defaults. */
export const ACTIVE_POLICY_SET_ID = 'default';

/**
 * Rubrics and policies as published through the API, on top of the shipped defaults:
 * - a stored rubric replaces the shipped one with the same id, and wins over shipped rubrics for its call types;
 *   deleting a shipped rubric's id through the API retires the shipped one too;
 * - the stored policy set with id `default` replaces the shipped policies.
 * A stored score names the stored version (`rubricVersion`, `policyVersion`), so it can be explained later.
 * Stored definitions were validated when published; one that no longer parses (after an upgrade) is skipped and reported.
 */
export async function loadStoredRules(db: Kysely<Database>, warn: (line: string) => void = () => {}): Promise<ActiveRules> {
  const [rubricRows, policyRows] = await Promise.all([latestDefinitionVersions(db, 'rubrics'), latestDefinitionVersions(db, 'policies')]);
  const retired = new Set(rubricRows.filter((r) => isRetired(r.definition)).map((r) => r.id));
  const stored: Rubric[] = [];
  for (const row of rubricRows) {
    if (retired.has(row.id)) continue;
    try {
      stored.push({ ...parseRubric(row.definition, `stored rubric "${row.id}" v${row.version}`), version: row.version });
    } catch (err) {
      warn(`skipping stored rubric "${row.id}" v${row.version}: ${err instanceof Error ? err.message : String(err)}. Publish a corrected version with PUT /api/v1/rubrics/${row.id}.`);
    }
  }
  const storedIds = new Set(stored.map((r) => r.id));
  const shipped = DEFAULT_RUBRICS.filter((r) => !storedIds.has(r.id) && !retired.has(r.id));

  const policyRow = policyRows.find((r) => r.id === ACTIVE_POLICY_SET_ID && !isRetired(r.definition));
  let policies = defaultPolicies();
  let policiesVersion: number | undefined;
  if (policyRow) {
    try {
      policies = parsePolicies(policyRow.definition, `stored policy set "${policyRow.id}" v${policyRow.version}`);
      policiesVersion = policyRow.version;
    } catch (err) {
      warn(`using the shipped policies: stored policy set "default" v${policyRow.version} no longer parses: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { rubrics: [...stored, ...shipped], policies, ...(policiesVersion !== undefined ? { policiesVersion } : {}) };
}

export interface RulesRefresher {
  /** The rules as of the last refresh: what `defaultSteps` reads per call. */
  current(): ActiveRules;
  refresh(): Promise<void>;
  stop(): void;
}

/**
 * Keeps the stored rules fresh in a long-running process (server or worker): loads once, then reloads every
 * `intervalMs`, so a rubric published through any server reaches every worker within that interval.
 */
export async function startRulesRefresher(db: Kysely<Database>, opts: { intervalMs?: number; warn?: (line: string) => void } = {}): Promise<RulesRefresher> {
  let rules = await loadStoredRules(db, opts.warn);
  let stopped = false;
  const refresh = async () => {
    if (!stopped) rules = await loadStoredRules(db, opts.warn);
  };
  const timer = setInterval(() => {
    refresh().catch((err) => opts.warn?.(`could not reload rubrics and policies (keeping the previous ones): ${err instanceof Error ? err.message : String(err)}`));
  }, opts.intervalMs ?? 5_000);
  timer.unref();
  return {
    current: () => rules,
    refresh,
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
  };
}
