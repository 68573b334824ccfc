import { describe, expect, it } from 'vitest';
import { UndertoneError } from '../errors.js';
import { parseRubric } from './parse-rubric.js';

function errorOf(fn: () => unknown): UndertoneError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UndertoneError) return e;
    throw e;
  }
  throw new Error('expected an UndertoneError');
}

describe('parseRubric', () => {
  it('reads YAML', () => {
    const rubric = parseRubric(
      'id: r\nversion: 1\nname: R\ncallTypes: [support]\nsections:\n  - id: s\n    name: S\n    weight: 1\n    criteria:\n      - {id: g, label: G, weight: 1, kind: behavior_present, behavior: greeting}\n',
    );
    expect(rubric.sections[0]!.criteria[0]!.kind).toBe('behavior_present');
  });

  it('lists every shape problem at once with its path', () => {
    const yaml = `
id: r
version: 1
name: R
callTypes: [support]
sections:
  - id: s
    name: S
    weight: 0
    criteria:
      - {id: a, label: A, weight: -1, kind: behavior_present, behavior: greeting}
      - {id: b, label: B, weight: 1, kind: characteristic, metric: agent_talk_share}
      - {id: c, label: C, weight: 1, kind: telepathy}
`;
    const error = errorOf(() => parseRubric(yaml, 'bad.yaml'));
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error.source).toBe('bad.yaml');
    const wheres = error.issues.map((i) => i.where);
    expect(wheres).toEqual(expect.arrayContaining(['$.sections[0].weight', '$.sections[0].criteria[0].weight', '$.sections[0].criteria[1]', '$.sections[0].criteria[2].kind']));
    expect(error.describe()).toMatch(/^bad\.yaml: rubric "r" has \d+ problems; fix each one listed and retry/);
  });

  it('lists every catalog problem at once: unknown behavior, unknown stage, malformed threshold, bad field', () => {
    const rubric = {
      id: 'r', version: 1, name: 'R', callTypes: ['support'],
      sections: [{
        id: 's', name: 'S', weight: 1, criteria: [
          { id: 'a', label: 'A', weight: 1, kind: 'behavior_present', behavior: 'telepathy', stage: 'smalltalk' },
          { id: 'b', label: 'B', weight: 1, kind: 'sentiment', check: 'customer.exit >= high' },
          { id: 'c', label: 'C', weight: 1, kind: 'sentiment', check: 'customer.mood > 0' },
          { id: 'd', label: 'D', weight: 1, kind: 'script', text: 'x', na: { when: { stageAbsent: 'haggling' } } },
          { id: 'a', label: 'dup', weight: 1, kind: 'behavior_absent', behavior: 'jargon', autoFail: true },
          { id: 'e', label: 'E', weight: 1, kind: 'sentiment', check: 'customer.trend in [better]' },
        ],
      }],
    };
    const error = errorOf(() => parseRubric(rubric));
    expect(error.issues).toEqual([
      { where: '$.sections[0].criteria[0].behavior', message: expect.stringMatching(/^unknown behavior "telepathy"; use one of empathy, /) },
      { where: '$.sections[0].criteria[0].stage', message: expect.stringMatching(/^unknown stage "smalltalk"/) },
      { where: '$.sections[0].criteria[1].check', message: 'threshold "high" in "customer.exit >= high" is not a number' },
      { where: '$.sections[0].criteria[2].check', message: expect.stringMatching(/^"mood" is not an arc field/) },
      { where: '$.sections[0].criteria[3].na.when.stageAbsent', message: expect.stringMatching(/^unknown stage "haggling"/) },
      { where: '$.sections[0].criteria[4].id', message: 'criterion id "a" is used twice; ids must be unique in a rubric' },
      { where: '$.sections[0].criteria[4].autoFail', message: expect.stringMatching(/^only compliance criteria may auto-fail/) },
      { where: '$.sections[0].criteria[5].check', message: expect.stringMatching(/^"better" is not a value of customer.trend/) },
    ]);
  });

  it('reports YAML syntax errors as INVALID_CONFIG', () => {
    expect(errorOf(() => parseRubric('id: [unclosed', 'x.yaml')).code).toBe('INVALID_CONFIG');
  });
});
