import { parse } from 'csv-parse/sync';
import type { Issue } from '../errors.js';
import { invalidInput } from './import-errors.js';
import { callMetadataSchema, type CallMetadata } from './metadata-schema.js';
import { ownValue } from '../text/own-value.js';

const BOOLEAN_COLUMNS = ['resolved', 'escalated', 'transferred', 'churned'] as const;
const KNOWN_COLUMNS = new Set([
  'id', 'call_id', 'agent_id', 'agent_name', 'team', 'queue', 'call_type', 'direction', 'started_at', 'csat', ...BOOLEAN_COLUMNS,
]);
/** Call field path (as zod reports it) back to the CSV column it came from. */
const COLUMN_OF_FIELD: Record<string, string> = {
  id: 'id', 'agent.id': 'agent_id', 'agent.name': 'agent_name', team: 'team', queue: 'queue', callType: 'call_type',
  direction: 'direction', startedAt: 'started_at', 'outcome.csat': 'csat', 'outcome.resolved': 'resolved',
  'outcome.escalated': 'escalated', 'outcome.transferred': 'transferred', 'outcome.churned': 'churned',
};
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0']);

interface CsvRecord {
  record: Record<string, string>;
  info: { lines: number };
}

function readRecords(text: string, source: string | undefined): CsvRecord[] {
  try {
    return parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as CsvRecord[];
  } catch (e) {
    const lines = typeof (e as { lines?: unknown }).lines === 'number' ? (e as { lines: number }).lines : undefined;
    throw invalidInput('the metadata CSV could not be read', source, [
      { where: lines ? `line ${lines}` : 'line 1', message: `${e instanceof Error ? e.message : String(e)}; expected a header row and one row per call` },
    ]);
  }
}

function rowId(row: Record<string, string>): string {
  return row['id'] || row['call_id'] || '';
}

function pickRow(records: CsvRecord[], callId: string | undefined, source: string | undefined): CsvRecord {
  if (records.length === 0) {
    throw invalidInput('the metadata CSV has no data rows', source, [{ where: 'line 2', message: 'expected a row of call metadata under the header' }]);
  }
  if (callId !== undefined) {
    const match = records.find((r) => rowId(r.record) === callId);
    if (!match) {
      throw invalidInput(`the metadata CSV has no row for call "${callId}"`, source, [
        { where: 'column id', message: `expected a row whose id or call_id is "${callId}"` },
      ]);
    }
    return match;
  }
  const only = records[0];
  if (records.length > 1 || !only) {
    throw invalidInput(`the metadata CSV has ${records.length} rows and no call id says which to use`, source, [
      { where: 'column id', message: 'pass the call id to pick a row, or use a CSV with one row' },
    ]);
  }
  return only;
}

/** Reads call metadata from a CSV with a header row; picks the row for `callId` (or the only row). */
export function parseMetadataCsv(text: string, callId?: string, source?: string): CallMetadata {
  const chosen = pickRow(readRecords(text, source), callId, source);
  const row = chosen.record;
  const where = (column: string): string => `line ${chosen.info.lines}, column ${column}`;
  const issues: Issue[] = [];
  const value = (column: string): string | undefined => {
    const v = row[column];
    return v === undefined || v === '' ? undefined : v;
  };

  const draft: Record<string, unknown> = {};
  const id = value('id') ?? value('call_id');
  if (id) draft['id'] = id;
  const agentId = value('agent_id');
  const agentName = value('agent_name');
  if (agentId) draft['agent'] = agentName ? { id: agentId, name: agentName } : { id: agentId };
  else if (agentName) issues.push({ where: where('agent_id'), message: 'agent_name is set but agent_id is empty; expected an agent id' });
  for (const [column, field] of [['team', 'team'], ['queue', 'queue'], ['call_type', 'callType'], ['direction', 'direction'], ['started_at', 'startedAt']] as const) {
    const v = value(column);
    if (v !== undefined) draft[field] = column === 'direction' ? v.toLowerCase() : v;
  }

  const outcome: Record<string, unknown> = {};
  for (const column of BOOLEAN_COLUMNS) {
    const v = value(column)?.toLowerCase();
    if (v === undefined) continue;
    if (TRUE_WORDS.has(v)) outcome[column] = true;
    else if (FALSE_WORDS.has(v)) outcome[column] = false;
    else issues.push({ where: where(column), message: `"${v}" is not a yes/no value; expected true/false, yes/no or 1/0` });
  }
  const csat = value('csat');
  if (csat !== undefined) outcome['csat'] = /^\d{1,2}$/.test(csat) ? Number(csat) : csat;
  if (Object.keys(outcome).length > 0) draft['outcome'] = outcome;

  const extra: Record<string, string> = {};
  for (const [column, v] of Object.entries(row)) {
    if (!KNOWN_COLUMNS.has(column) && v !== '') extra[column] = v;
  }
  if (Object.keys(extra).length > 0) draft['metadata'] = extra;

  const parsed = callMetadataSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path.map(String).join('.');
      issues.push({ where: where(ownValue(COLUMN_OF_FIELD, field) ?? field), message: issue.message });
    }
  }
  if (issues.length > 0 || !parsed.success) throw invalidInput('the metadata CSV row is not valid', source, issues);
  return parsed.data;
}
