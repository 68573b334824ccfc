import type { Issue } from '../errors.js';
import { normalizeTokens } from '../scoring/normalize-text.js';
import { invalidConfig, readConfigText, zodIssues } from '../scoring/config-text.js';
import { policiesFileSchema, type CallPolicy, type Policies } from './policy-schema.js';
import { resolveCondition } from './resolve-condition.js';

/** Parses and checks a policies file (YAML/JSON text or an object). Throws INVALID_CONFIG listing every problem. */
export function parsePolicies(input: string | unknown, source?: string): Policies {
  const raw = typeof input === 'string' ? readConfigText(input, source, 'policies file') : input;
  const shaped = policiesFileSchema.safeParse(raw ?? {});
  if (!shaped.success) throw invalidConfig('policies file', zodIssues(shaped.error), source);
  const issues: Issue[] = [];
  const seen = new Set<string>();
  const policies: CallPolicy[] = [];
  shaped.data.policies.forEach((policy, i) => {
    if (seen.has(policy.id)) issues.push({ where: `$.policies[${i}].id`, message: `policy id "${policy.id}" is used twice; ids must be unique` });
    seen.add(policy.id);
    const when = resolveCondition(policy.when, `$.policies[${i}].when`, issues);
    if (when) policies.push({ id: policy.id, kind: policy.kind, ...(policy.label !== undefined ? { label: policy.label } : {}), when });
  });
  shaped.data.keywords.forEach((alert, i) => {
    if (seen.has(alert.id)) issues.push({ where: `$.keywords[${i}].id`, message: `policy id "${alert.id}" is used twice; ids must be unique` });
    seen.add(alert.id);
    alert.phrases.forEach((phrase, j) => {
      if (normalizeTokens(phrase).length === 0) issues.push({ where: `$.keywords[${i}].phrases[${j}]`, message: `"${phrase}" has no words left after normalization` });
    });
  });
  if (issues.length > 0) throw invalidConfig('policies file', issues, source);
  return { ...shaped.data, policies };
}
