import type { Call, ErrorCode, Issue } from '@undertone/core';
import type { RedactionConfig } from '../../config/config-schema.js';
import type { ActiveRules } from '../default-steps.js';
import type { IngestRequest } from '../ingest-call.js';
import type { PreparedCall } from '../prepare-for-storage.js';
import type { ComputedAnalysis } from '../run-analysis-steps.js';

/** Main thread -> analysis thread: one call to analyze; `rules` only when they changed since this thread last got them. */
export interface AnalysisTask {
  kind: 'analyze';
  id: number;
  call: Call;
  rules?: ActiveRules;
}

/** Main thread -> analysis thread: one ingest request to import, redact and hash (`prepareForStorage`). */
export interface PrepareTask {
  kind: 'prepare';
  id: number;
  request: IngestRequest;
  redaction: RedactionConfig | undefined;
}

export type ThreadTask = AnalysisTask | PrepareTask;

/** An UndertoneError as it crosses threads (an Error's class and own fields do not survive the copy). */
export interface RejectedInput {
  code: ErrorCode;
  message: string;
  issues: Issue[];
  source?: string;
}

/**
 * Analysis thread -> main thread. On success the analysis comes back without its `call` (the main thread holds it
 * already, and copying it back would double the traffic); `callOmitted` says so. `rejected` is an input error
 * (the caller's fault), `error` anything else.
 */
export type ThreadReply =
  | { id: number; computed: ComputedAnalysis; callOmitted: boolean }
  | { id: number; prepared: PreparedCall }
  | { id: number; rejected: RejectedInput }
  | { id: number; error: string };
