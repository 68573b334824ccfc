import { describe, expect, it } from 'vitest';
import { UndertoneError } from '../errors.js';
import { parseMetadataCsv } from './parse-metadata-csv.js';
import { parseMetadataSidecar } from './parse-metadata-sidecar.js';

function errorOf(fn: () => unknown): UndertoneError {
  try {
    fn();
  } catch (e) {
    if (e instanceof UndertoneError) return e;
    throw e;
  }
  throw new Error('expected an UndertoneError');
}

describe('parseMetadataSidecar', () => {
  it('reads call fields', () => {
    const meta = parseMetadataSidecar('{"id":"c-1","agent":{"id":"a-9","name":"Rae"},"direction":"outbound","outcome":{"csat":4}}');
    expect(meta).toEqual({ id: 'c-1', agent: { id: 'a-9', name: 'Rae' }, direction: 'outbound', outcome: { csat: 4 } });
  });

  it('names the JSON path of a bad value', () => {
    const error = errorOf(() => parseMetadataSidecar('{"agent":{"id":""},"outcome":{"csat":9}}', 'side.json'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.source).toBe('side.json');
    expect(error.issues.map((i) => i.where)).toEqual(['$.agent.id', '$.outcome.csat']);
  });

  it('reports a misspelt key instead of ignoring it', () => {
    const error = errorOf(() => parseMetadataSidecar('{"agentId":"a-1"}'));
    expect(error.describe()).toContain('agentId');
  });

  it('reports invalid JSON with line and column', () => {
    const error = errorOf(() => parseMetadataSidecar('{\n "id": }', 'side.json'));
    expect(error.issues[0]?.where).toMatch(/^line 2, column \d+$/);
  });
});

const CSV = [
  'call_id,agent_id,agent_name,team,queue,call_type,direction,started_at,resolved,escalated,transferred,csat,churned,region',
  'c-1,a-1,Ana,billing,tier1,dispute,inbound,2026-11-20T10:00:00Z,yes,no,0,5,false,west',
  'c-2,a-2,,retention,tier2,cancel,OUTBOUND,,1,,,,true,',
].join('\n');

describe('parseMetadataCsv', () => {
  it('picks the row of the call id and maps every column', () => {
    expect(parseMetadataCsv(CSV, 'c-1')).toEqual({
      id: 'c-1',
      agent: { id: 'a-1', name: 'Ana' },
      team: 'billing',
      queue: 'tier1',
      callType: 'dispute',
      direction: 'inbound',
      startedAt: '2026-11-20T10:00:00Z',
      outcome: { resolved: true, escalated: false, transferred: false, csat: 5, churned: false },
      metadata: { region: 'west' },
    });
    expect(parseMetadataCsv(CSV, 'c-2')).toEqual({
      id: 'c-2',
      agent: { id: 'a-2' },
      team: 'retention',
      queue: 'tier2',
      callType: 'cancel',
      direction: 'outbound',
      outcome: { resolved: true, churned: true },
    });
  });

  it('takes the only row when no call id is given, with an id column', () => {
    expect(parseMetadataCsv('id,agent_id\nx-1,a-7\n')).toEqual({ id: 'x-1', agent: { id: 'a-7' } });
  });

  it('rejects a missing row, an ambiguous file, and bad values with line and column', () => {
    expect(errorOf(() => parseMetadataCsv(CSV, 'c-3', 'm.csv')).describe()).toContain('no row for call "c-3"');
    expect(errorOf(() => parseMetadataCsv(CSV)).describe()).toContain('2 rows');
    const bad = errorOf(() => parseMetadataCsv('id,agent_id,resolved,csat,direction\nc,a,maybe,7,sideways', 'c'));
    expect(bad.issues.map((i) => i.where)).toEqual(['line 2, column resolved', 'line 2, column direction', 'line 2, column csat']);
  });

  it('rejects malformed CSV with the line', () => {
    const error = errorOf(() => parseMetadataCsv('id,agent_id\n"c-1,a-1\n'));
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.issues[0]?.where).toMatch(/^line \d+$/);
  });
});
