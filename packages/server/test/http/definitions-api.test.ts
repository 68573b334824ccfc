import { DEFAULT_RUBRICS } from '@undertone/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHarness, postJson, type Harness } from './harness.js';

describe('rubric and policy CRUD', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness();
  }, 120_000);
  afterAll(async () => {
    await h?.close();
  }, 60_000);

  const rubric = { ...DEFAULT_RUBRICS[0]!, id: 'care-basics' };

  it('creates, reads, versions on PUT, lists and deletes a rubric', async () => {
    const created = await postJson(h, '/api/v1/rubrics', rubric);
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ id: 'care-basics', version: 1, definition: { name: rubric.name } });

    expect((await postJson(h, '/api/v1/rubrics', rubric)).status).toBe(409);

    const put = await h.request('/api/v1/rubrics/care-basics', { method: 'PUT', body: JSON.stringify({ ...rubric, name: 'Care basics v2' }), headers: { 'content-type': 'application/json' } });
    expect(put.status).toBe(200);
    expect(await put.json()).toMatchObject({ version: 2, definition: { name: 'Care basics v2' } });

    expect(await (await h.request('/api/v1/rubrics/care-basics')).json()).toMatchObject({ version: 2 });
    const list = await (await h.request('/api/v1/rubrics')).json();
    expect(list.items.map((d: { id: string; version: number }) => [d.id, d.version])).toEqual([['care-basics', 2]]);

    expect((await h.request('/api/v1/rubrics/care-basics', { method: 'DELETE' })).status).toBe(204);
    expect((await h.request('/api/v1/rubrics/care-basics')).status).toBe(404);
    expect((await (await h.request('/api/v1/rubrics')).json()).items).toEqual([]);
    expect((await h.request('/api/v1/rubrics/care-basics', { method: 'DELETE' })).status).toBe(404);
    // The old versions stay readable for scorecards that used them.
    expect((await h.platform.rubrics.get('care-basics', 2))?.definition).toMatchObject({ name: 'Care basics v2' });
    // And the id can be used again.
    expect((await postJson(h, '/api/v1/rubrics', rubric)).status).toBe(201);
  });

  it('answers an invalid rubric with 422 listing every problem', async () => {
    const res = await postJson(h, '/api/v1/rubrics', { id: 'broken', version: 0, name: '', callTypes: [], sections: [] });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('INVALID_CONFIG');
    expect(body.error.issues.length).toBeGreaterThanOrEqual(3);
  });

  it('accepts a policy set as YAML, rejects a broken one with every problem, and refuses a mismatched PUT id', async () => {
    const yaml = 'version: 1\npolicies:\n  - id: angry-end\n    kind: coaching\n    when: "characteristics.interruptions.count > 5"\n';
    const created = await h.request('/api/v1/policies?id=care', { method: 'POST', body: yaml, headers: { 'content-type': 'application/yaml' } });
    const body = await created.json();
    expect(created.status, JSON.stringify(body)).toBe(201);
    expect(body).toMatchObject({ id: 'care', version: 1 });

    const broken = 'version: 1\npolicies:\n  - id: a\n    kind: nonsense\n    when: "x"\n  - id: a\n    kind: coaching\n    when: "y"\nsurprise: true\n';
    const res = await h.request('/api/v1/policies/care', { method: 'PUT', body: broken, headers: { 'content-type': 'application/yaml' } });
    expect(res.status).toBe(422);
    expect((await res.json()).error.issues.length).toBeGreaterThanOrEqual(2);

    const notYaml = await h.request('/api/v1/policies?id=x', { method: 'POST', body: 'a: [', headers: { 'content-type': 'application/yaml' } });
    expect(notYaml.status).toBe(400);
    const mismatch = await h.request('/api/v1/rubrics/other-id', { method: 'PUT', body: JSON.stringify(rubric), headers: { 'content-type': 'application/json' } });
    expect(mismatch.status).toBe(400);
    const wrongType = await h.request('/api/v1/rubrics', { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(wrongType.status).toBe(415);
  });
});
