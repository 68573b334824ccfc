import { describe, expect, it } from 'vitest';
import { UndertoneError } from '../errors.js';
import { detectBehaviors } from './detect-behaviors.js';
import { parseBehaviorCatalog } from './parse-catalog.js';
import type { Call } from '../call/call.js';

function problems(text: string): Array<{ where: string; message: string }> {
  try {
    parseBehaviorCatalog(text, 'team-catalog.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(UndertoneError);
    const error = e as UndertoneError;
    expect(error.code).toBe('INVALID_CONFIG');
    expect(error.describe()).toContain('team-catalog.yaml');
    return error.issues;
  }
  throw new Error('expected the catalog to be rejected');
}

const oneAgentTurn = (text: string): Call => ({ id: 'c', agent: { id: 'a' }, utterances: [{ speaker: 'agent', startMs: 0, endMs: 1000, text }] });
const ids = (call: Call, catalog: ReturnType<typeof parseBehaviorCatalog>) => detectBehaviors(call, { catalog }).behaviors.map((d) => d.id);

describe('parseBehaviorCatalog', () => {
  it('lists every problem with its path, not just the first', () => {
    const issues = problems(`
entries:
  - id: warm_close
    kind: behavior
    speaker: agent
    patterns: ["(have a|enjoy your) (great|good) {period"]
  - id: empathy
    suppressedBy: [no_such_behavior]
  - id: Bad-Id
    kind: behavior
    speaker: agent
    description: x
    patterns: ["{unknown_family} thanks"]
`);
    const wheres = issues.map((i) => i.where);
    expect(wheres).toContain('entries[0].description');
    expect(wheres).toContain('entries[2].id');
    expect(issues.length).toBeGreaterThanOrEqual(2);
  });

  it('reports pattern errors and unknown references after the schema passes', () => {
    const issues = problems(`
entries:
  - id: warm_close
    kind: behavior
    speaker: agent
    description: closes warmly
    patterns: ["(have a|enjoy your great day", "{unknown_family} thanks"]
    suppressedBy: [no_such_behavior]
`);
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ where: expect.stringMatching(/patterns\[0\]$/), message: expect.stringContaining('missing ")"') }),
        expect.objectContaining({ where: expect.stringMatching(/patterns\[1\]$/), message: expect.stringContaining('unknown family {unknown_family}') }),
        expect.objectContaining({ where: expect.stringMatching(/suppressedBy\[0\]$/), message: expect.stringContaining('no_such_behavior') }),
      ]),
    );
  });

  it('points YAML syntax errors at a line', () => {
    const issues = problems('entries:\n  - id: x\n    patterns: [unclosed\n');
    expect(issues[0]!.where).toMatch(/^line \d+|\(file\)/);
  });

  it('rejects unknown top-level keys and removing an entry that does not exist', () => {
    const wheres = problems('remove: [no_such_entry]\n').map((i) => i.where);
    expect(wheres).toEqual(['remove[0]']);
    expect(problems('behaviours: []\n').length).toBe(1);
  });

  it('adds a new entry from YAML and it is detected', () => {
    const catalog = parseBehaviorCatalog(`
entries:
  - id: warm_close
    kind: behavior
    speaker: agent
    description: closes warmly
    patterns: ["(have a|enjoy your) (great|good|lovely) (day|evening|weekend)"]
    examples: { positive: ["have a lovely weekend"], negative: ["a great day for it"] }
`);
    expect(ids(oneAgentTurn('Thanks so much, have a lovely weekend!'), catalog)).toContain('warm_close');
  });

  it('extends an existing entry with addPatterns without repeating its patterns (JSON works too)', () => {
    const catalog = parseBehaviorCatalog(JSON.stringify({ entries: [{ id: 'empathy', addPatterns: ['bless your heart'] }] }));
    expect(ids(oneAgentTurn('oh bless your heart'), catalog)).toContain('empathy');
    expect(ids(oneAgentTurn('that must be so frustrating'), catalog)).toContain('empathy');
  });

  it('overrides thresholds and removes entries', () => {
    const catalog = parseBehaviorCatalog('entries:\n  - id: dead_air\n    params: { minSilenceMs: 3000 }\nremove: [jargon]\n');
    const call: Call = {
      id: 'c',
      agent: { id: 'a' },
      utterances: [
        { speaker: 'agent', startMs: 0, endMs: 1000, text: 'the mrc shows on the bcd' },
        { speaker: 'customer', startMs: 5000, endMs: 6000, text: 'okay' },
      ],
    };
    const found = ids(call, catalog);
    expect(found).toContain('dead_air');
    expect(found).not.toContain('jargon');
  });
});
