import { callSchema, type Call, type ImportProvenance, type Utterance } from '../call/call.js';
import { parseWithFastUtterances } from '../call/parse-with-fast-utterances.js';
import type { Issue } from '../errors.js';
import type { FormatId } from './formats.js';
import { importError, invalidInput } from './import-errors.js';
import type { CallMetadata } from './metadata-schema.js';
import type { SourceTranscript, SourceTurn } from './source-transcript.js';
import { resolveSpeakers } from './speaker-roles.js';
import { zodIssues } from './zod-issues.js';

export interface ImportResult {
  call: Call;
  provenance: ImportProvenance;
}

export interface AssembleOptions {
  format: FormatId;
  source: string | undefined;
  agentSpeaker: string | undefined;
  metadata: CallMetadata | undefined;
}

const callHeaderSchema = callSchema.omit({ utterances: true });

/** callSchema's parse of the assembled call; zod walks the utterances only when the hand-written check cannot vouch for them all. */
function checkedCall(candidate: Call, file: string | undefined): Call {
  const checked = parseWithFastUtterances(candidate, callHeaderSchema, callSchema, 1);
  if (!checked.success) throw invalidInput('the imported call is not valid', file, zodIssues(checked.error));
  return checked.data;
}

function timingIssues(turns: readonly SourceTurn[]): Issue[] {
  const issues: Issue[] = [];
  for (const turn of turns) {
    if (!Number.isFinite(turn.startMs) || turn.startMs < 0) {
      issues.push({ where: turn.startWhere, message: `start time ${turn.startMs} ms is negative or not a number; expected a time >= 0` });
    }
    if (!Number.isFinite(turn.endMs) || turn.endMs < 0) {
      issues.push({ where: turn.endWhere, message: `end time ${turn.endMs} ms is negative or not a number; expected a time >= 0` });
    } else if (turn.endMs < turn.startMs) {
      issues.push({ where: turn.endWhere, message: `ends at ${turn.endMs} ms, before it starts at ${turn.startMs} ms; expected end >= start` });
    }
  }
  return issues;
}

/** File name without folders and extension: the call id of last resort. */
function idFromSource(source: string | undefined): string | undefined {
  if (!source) return undefined;
  const base = source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  const dot = base.indexOf('.');
  const stem = dot > 0 ? base.slice(0, dot) : base;
  return stem.length > 0 ? stem : undefined;
}

function isSorted(turns: readonly SourceTurn[]): boolean {
  for (let i = 1; i < turns.length; i++) {
    if ((turns[i]?.startMs ?? 0) < (turns[i - 1]?.startMs ?? 0)) return false;
  }
  return true;
}

/**
 * The shared tail of every importer: drops empty turns, checks times, maps speakers, orders turns,
 * merges metadata, and validates the result against callSchema. Nothing half-imported leaves here.
 */
export function assembleCall(sourceTranscript: SourceTranscript, opts: AssembleOptions): ImportResult {
  const { source: file, metadata: meta } = opts;
  const warnings = [...sourceTranscript.warnings];

  const turns = sourceTranscript.turns.filter((t) => t.text.trim().length > 0);
  const dropped = sourceTranscript.turns.length - turns.length;
  if (dropped > 0) warnings.push(`${dropped} turn(s) with no text skipped`);
  if (turns.length === 0) {
    throw importError('EMPTY_TRANSCRIPT', 'the transcript has no spoken turns with text', file, [
      { where: '$', message: 'expected at least one turn with a speaker and some text' },
    ]);
  }

  const timing = timingIssues(turns);
  if (timing.length > 0) throw invalidInput(`${timing.length} turn(s) have impossible times`, file, timing);

  const speakers = resolveSpeakers({ ...sourceTranscript, turns }, opts.agentSpeaker, file);
  warnings.push(...speakers.warnings);

  // Overlaps are kept (they are interruptions); only order is repaired, stably, and reported.
  let ordered = turns;
  if (!isSorted(turns)) {
    ordered = [...turns].sort((a, b) => a.startMs - b.startMs);
    warnings.push('turns were not in time order; sorted by start time (ties keep their source order)');
  }

  const utterances: Utterance[] = ordered.map((turn) => {
    const utterance: Utterance = {
      speaker: speakers.roleOf.get(turn.label) ?? 'other',
      startMs: turn.startMs,
      endMs: turn.endMs,
      text: turn.text.trim(),
    };
    if (turn.words && turn.words.length > 0) utterance.words = turn.words;
    if (turn.channel !== undefined) utterance.channel = turn.channel;
    return utterance;
  });

  const callId = sourceTranscript.callId ?? meta?.id ?? idFromSource(file);
  if (sourceTranscript.callId && meta?.id && meta.id !== sourceTranscript.callId) {
    warnings.push(`metadata id "${meta.id}" differs from the transcript's "${sourceTranscript.callId}"; kept the transcript's`);
  }
  if (!sourceTranscript.callId && !meta?.id && callId) warnings.push(`no call id in the transcript or metadata; used the file name "${callId}"`);
  if (!callId) {
    throw invalidInput('the call has no id', file, [
      { where: '$.id', message: 'expected a call id in the transcript, in the metadata ({"id": ...}), or a source file name' },
    ]);
  }
  const agentId = sourceTranscript.agentId ?? meta?.agent?.id;
  if (!agentId) {
    throw importError('MISSING_AGENT_ID', 'the call has no agent id, and every call must belong to an agent', file, [
      { where: '$.agent.id', message: 'pass --meta sidecar.json with {"agent":{"id":"..."}}, or a metadata CSV row with an agent_id column' },
    ]);
  }
  const agentName = meta?.agent?.name ?? sourceTranscript.agentName;
  const lastEnd = utterances.reduce((max, u) => Math.max(max, u.endMs), 0);

  const candidate: Call = {
    id: callId,
    agent: agentName ? { id: agentId, name: agentName } : { id: agentId },
    utterances,
  };
  const team = meta?.team ?? sourceTranscript.team;
  const queue = meta?.queue ?? sourceTranscript.queue;
  const callType = meta?.callType ?? sourceTranscript.callType;
  const direction = meta?.direction ?? sourceTranscript.direction;
  const startedAt = meta?.startedAt ?? sourceTranscript.startedAt;
  const durationMs = meta?.durationMs ?? sourceTranscript.durationMs ?? lastEnd;
  const outcome = sourceTranscript.outcome || meta?.outcome ? { ...sourceTranscript.outcome, ...meta?.outcome } : undefined;
  const metadata = sourceTranscript.metadata || meta?.metadata ? { ...sourceTranscript.metadata, ...meta?.metadata } : undefined;
  if (team !== undefined) candidate.team = team;
  if (queue !== undefined) candidate.queue = queue;
  if (callType !== undefined) candidate.callType = callType;
  if (direction !== undefined) candidate.direction = direction;
  if (startedAt !== undefined) candidate.startedAt = startedAt;
  // a call lasts at least until its last word (vendors round audio durations down to whole seconds)
  candidate.durationMs = Math.max(durationMs, lastEnd);
  if (outcome !== undefined) candidate.outcome = outcome;
  if (metadata !== undefined) candidate.metadata = metadata;

  return {
    call: checkedCall(candidate, file),
    provenance: {
      format: opts.format,
      agentIdentification: speakers.identification,
      speakerMap: Object.fromEntries(speakers.roleOf),
      warnings,
    },
  };
}
