import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callJsonSchema, callJsonSchemaText } from './call-json-schema.js';

describe('docs/call.schema.json', () => {
  it('is the schema generated from callSchema', () => {
    const committed = readFileSync(new URL('../../../../docs/call.schema.json', import.meta.url), 'utf8');
    expect(committed === callJsonSchemaText(), 'docs/call.schema.json is out of date: run `npm run schema` and commit the result').toBe(true);
  });

  it('describes the call contract', () => {
    const schema = callJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'agent', 'utterances']));
    expect(Object.keys(schema.properties)).toContain('outcome');
  });
});
