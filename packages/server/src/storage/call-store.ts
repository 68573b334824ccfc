import type { Call, DataScope, ImportProvenance } from '@undertone/core';
import type { CallSort } from './call-sort.js';
import type { SqlExecutor } from './sql-executor.js';

/** A stored call with the columns the lists filter on. */
export interface StoredCall {
  id: string;
  call: Call;
  contentHash: string;
  source: string;
  agentId: string;
  agentName: string | null;
  team: string | null;
  queue: string | null;
  callType: string | null;
  startedAt: Date;
  durationMs: number | null;
  overallScore: number | null;
  autoFailed: boolean | null;
  /** Customer arc exit sentiment of the latest analysis. */
  customerExit: number | null;
  arcPattern: string | null;
  flagKinds: string[];
  analyzedEngineVersion: string | null;
  ingestedAt: Date;
}

export type CallSummary = Omit<StoredCall, 'call'>;

export interface NewCall {
  call: Call;
  contentHash: string;
  source: string;
  provenance: ImportProvenance | undefined;
  /** Used when the call has no `startedAt`, so every call sorts somewhere. */
  receivedAt: Date;
}

export interface CallFilters {
  agentId?: string;
  team?: string;
  queue?: string;
  callType?: string;
  startedFrom?: Date;
  startedTo?: Date;
  flagKind?: string;
  minScore?: number;
  maxScore?: number;
  arcPattern?: string;
}

export interface CallPage {
  items: CallSummary[];
  /** Calls matching the filters, across all pages. */
  total: number;
  /** Pass back as `cursor` for the next (older) page; absent on the last page. */
  nextCursor?: string;
}

export interface CallPageRequest {
  cursor?: string;
  limit?: number;
  sort?: CallSort;
}

export type InsertOutcome = { created: true } | { created: false; existingHash: string };

/** What the use-cases need from call storage. */
export interface CallStore {
  /**
   * Inserts each call unless one with its id exists, all in one transaction (a few multi-row statements, however
   * many calls), and returns one outcome per call in order. Ids must be distinct. `onCreated` runs inside the same
   * transaction with the calls that were inserted (so jobs enqueued there commit or roll back with the rows).
   * Any error rolls back every call of the batch.
   */
  insertManyIfAbsent(calls: NewCall[], onCreated: (tx: SqlExecutor, created: NewCall[]) => Promise<void>): Promise<InsertOutcome[]>;
  /** The call when it exists and lies inside `scope` (pass ALL_DATA for the pipeline's own reads). */
  getCall(id: string, scope: DataScope): Promise<StoredCall | undefined>;
  /** The calls among `ids` that exist, in no particular order (one query for a worker's batch). */
  getCalls(ids: string[]): Promise<StoredCall[]>;
  /**
   * One page in `sort` order (default newest first), ties broken by id; a cursor only continues the sort it came from.
   * Only calls inside `scope`: the scope is part of the query, so pages and counts never see other rows.
   */
  listCalls(filters: CallFilters, page: CallPageRequest, scope: DataScope): Promise<CallPage>;
  /** Up to `limit` ids after `afterId`, in id order, of calls whose latest analysis came from another engine version. */
  listOutdatedIds(engineVersion: string, afterId: string | undefined, limit: number): Promise<string[]>;
}
