import type { Call, Speaker, Word } from '../call/call.js';

/**
 * One turn as a format importer read it, before speakers are mapped to roles.
 * `where` points at the turn in the source (`$.Transcript[3]`, `line 12`) so later checks can name it.
 */
export interface SourceTurn {
  label: string;
  startMs: number;
  endMs: number;
  text: string;
  words?: Word[];
  channel?: string | number;
  startWhere: string;
  endWhere: string;
}

/** What a format importer hands to the shared assembly: turns plus whatever call facts the format carries. */
export interface SourceTranscript {
  turns: SourceTurn[];
  /** Roles the source itself assigns to speaker labels (Contact Lens participants, Genesys purposes...). */
  roles?: Map<string, Speaker>;
  /** Where the roles came from, for the provenance record. */
  roleDetail?: string;
  /** True only for the native format, whose speakers are already roles. */
  nativeRoles?: boolean;
  callId?: string;
  agentId?: string;
  agentName?: string;
  direction?: Call['direction'];
  startedAt?: string;
  durationMs?: number;
  metadata?: Record<string, unknown>;
  team?: string;
  queue?: string;
  callType?: string;
  outcome?: Call['outcome'];
  warnings: string[];
}
