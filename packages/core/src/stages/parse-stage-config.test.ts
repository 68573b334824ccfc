import { describe, expect, it } from 'vitest';
import { UndertoneError } from '../errors.js';
import { parseStageConfig } from './parse-stage-config.js';

function problemsOf(text: string): UndertoneError {
  try {
    parseStageConfig(text, 'qa/stages.yaml');
  } catch (e) {
    if (e instanceof UndertoneError) return e;
    throw e;
  }
  throw new Error('expected parseStageConfig to throw');
}

describe('parseStageConfig', () => {
  it('reads YAML and fills in defaults', () => {
    const set = parseStageConfig('callTypes:\n  default:\n    stages:\n      - id: discovery\n        cues: [problem]\n');
    const config = set.callTypes['default'];
    expect(config?.switchPenalty).toBe(0.75);
    expect(config?.stages[0]).toMatchObject({ id: 'discovery', cues: ['problem'], persistence: 'until-next-cue', exitCues: [] });
  });

  it('reads JSON', () => {
    const set = parseStageConfig(JSON.stringify({ callTypes: { sales: { stages: [{ id: 'pitch', cues: ['our product'] }] } } }));
    expect(Object.keys(set.callTypes)).toEqual(['sales']);
  });

  it('accepts brief stages that absorb others, and rejects absorbing an unknown stage or itself', () => {
    const set = parseStageConfig(JSON.stringify({ callTypes: { sales: { stages: [
      { id: 'pricing', cues: ['price'], persistence: 'brief' },
      { id: 'objection', cues: ['too much'], persistence: 'brief', holdover: 2, absorbs: ['pricing'] },
    ] } } }));
    expect(set.callTypes['sales']?.stages[1]).toMatchObject({ persistence: 'brief', absorbs: ['pricing'] });
    const error = problemsOf(JSON.stringify({ callTypes: { sales: { stages: [{ id: 'objection', cues: ['too much'], absorbs: ['pricing', 'objection'] }] } } }));
    const where = error.issues.map((i) => i.where);
    expect(where).toEqual(expect.arrayContaining([expect.stringContaining('absorbs[0]'), expect.stringContaining('absorbs[1]')]));
  });

  it('lists every problem with its path and the source', () => {
    const error = problemsOf(
      JSON.stringify({
        callTypes: {
          sales: {
            fallbackStage: 'nowhere',
            stages: [
              { id: 'pitch', cues: [] },
              { id: 'pitch', cues: ['ok'], position: 'middle' },
              { id: 'Bad Id', cues: ['!!!'], cue: 'typo' },
            ],
          },
          'Field Sales': { stages: [{ id: 'x', cues: ['y'] }] },
        },
      }),
    );
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error.source).toBe('qa/stages.yaml');
    const wheres = error.issues.map((i) => i.where);
    expect(wheres).toEqual(
      expect.arrayContaining([
        '$.callTypes.sales.stages[0].cues',
        '$.callTypes.sales.stages[1].position',
        '$.callTypes.sales.stages[2].id',
        '$.callTypes.sales.stages[2].cues[0]',
        '$.callTypes.sales.stages[2]',
        '$.callTypes.Field Sales',
      ]),
    );
    expect(error.issues.find((i) => i.where === '$.callTypes.sales.stages[2]')?.message).toContain('"cue"');
    expect(error.describe()).toContain('qa/stages.yaml: stage config has');
  });

  it('reports duplicate stage ids and an unknown fallback stage once the shape is right', () => {
    const error = problemsOf(
      'callTypes:\n  sales:\n    fallbackStage: nowhere\n    stages:\n      - { id: pitch, cues: [a] }\n      - { id: pitch, cues: [b] }\n',
    );
    expect(error.issues).toEqual([
      { where: '$.callTypes.sales.stages[1].id', message: expect.stringContaining('listed twice') },
      { where: '$.callTypes.sales.fallbackStage', message: expect.stringContaining('not one of this config') },
    ]);
  });

  it('points at the line of a YAML syntax error', () => {
    const error = problemsOf('callTypes:\n  sales: [unclosed\n');
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error.issues[0]?.where).toMatch(/^line \d+, column \d+$/);
  });

  it('rejects a document without callTypes', () => {
    expect(problemsOf('stages: []').issues.map((i) => i.where)).toEqual(expect.arrayContaining(['$.callTypes', '$']));
  });
});
