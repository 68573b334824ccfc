import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DEFAULT_RUBRICS } from './default-rubrics.js';
import { parseRubric } from './parse-rubric.js';
import { selectRubric } from './select-rubric.js';

const FILES = ['support', 'sales', 'retention', 'collections'];
const yamlOf = (name: string) => readFileSync(new URL(`../../rubrics/${name}.yaml`, import.meta.url), 'utf8');

describe('default rubrics', () => {
  it('bundled data equals the YAML files', () => {
    expect(DEFAULT_RUBRICS).toEqual(FILES.map((name) => parse(yamlOf(name))));
  });
  it.each(FILES)('%s.yaml passes validation', (name) => {
    expect(parseRubric(yamlOf(name), `${name}.yaml`).id).toBe(`${name}-default`);
  });
  it('selects by call type, falling back to the default rubric', () => {
    expect(selectRubric('Collections', DEFAULT_RUBRICS)?.id).toBe('collections-default');
    expect(selectRubric('retention', DEFAULT_RUBRICS)?.id).toBe('retention-default');
    expect(selectRubric('something-else', DEFAULT_RUBRICS)?.id).toBe('support-default');
    expect(selectRubric(undefined, DEFAULT_RUBRICS)?.id).toBe('support-default');
    expect(selectRubric('sales', [])).toBeUndefined();
  });
});
