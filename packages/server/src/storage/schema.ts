import type { ColumnType, Generated, JSONColumnType } from 'kysely';

/** Kysely's view of the tables created by the migrations in `./migrations/`. */
export interface Database {
  agents: AgentsTable;
  teams: TeamsTable;
  calls: CallsTable;
  utterances: UtterancesTable;
  import_provenance: ImportProvenanceTable;
  analyses: AnalysesTable;
  rubrics: VersionedDefinitionTable;
  policies: VersionedDefinitionTable;
  scorecards: ScorecardsTable;
  flags: FlagsTable;
  coaching_triggers: CoachingTriggersTable;
  pipeline_failures: PipelineFailuresTable;
  users: UsersTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  call_facts: CallFactsTable;
  call_inflections: CallInflectionsTable;
  criterion_results: CriterionResultsTable;
}

type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export interface AgentsTable {
  id: string;
  name: string | null;
  created_at: CreatedAt;
}

export interface TeamsTable {
  name: string;
  created_at: CreatedAt;
}

export interface CallsTable {
  id: string;
  agent_id: string;
  team: string | null;
  queue: string | null;
  call_type: string | null;
  direction: string | null;
  /** The call's own start time, or the ingest time when the source had none (keeps cursor order total). */
  started_at: ColumnType<Date, Date | string, Date | string>;
  duration_ms: number | null;
  content_hash: string;
  source: string;
  call: JSONColumnType<object, string, string>;
  overall_score: number | null;
  arc_pattern: string | null;
  flag_kinds: ColumnType<string[], string[] | undefined, string[]>;
  analyzed_engine_version: string | null;
  ingested_at: CreatedAt;
  /** Customer arc exit sentiment of the latest analysis (migration 0003). */
  customer_exit: number | null;
  /** Whether the latest primary scorecard auto-failed (migration 0003). */
  auto_failed: boolean | null;
}

/** A view over `calls.call` (migration 0006): one row per utterance of each stored call, read-only. */
export interface UtterancesTable {
  call_id: string;
  idx: number;
  speaker: string;
  start_ms: number;
  end_ms: number;
  text: string;
}

export interface ImportProvenanceTable {
  call_id: string;
  source: string;
  format: string;
  provenance: JSONColumnType<object, string, string>;
  imported_at: CreatedAt;
}

export interface AnalysesTable {
  call_id: string;
  engine_version: string;
  analysis: JSONColumnType<object, string, string>;
  analyzed_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

export interface VersionedDefinitionTable {
  id: string;
  version: number;
  definition: JSONColumnType<object, string, string>;
  created_at: CreatedAt;
}

export interface ScorecardsTable {
  call_id: string;
  engine_version: string;
  rubric_id: string;
  rubric_version: number | null;
  overall: number;
  auto_failed: boolean;
  scorecard: JSONColumnType<object, string, string>;
}

export interface FlagsTable {
  id: Generated<string>;
  call_id: string;
  engine_version: string;
  kind: string;
  policy_id: string;
  policy_version: number | null;
  reason: string;
  created_at: CreatedAt;
}

export interface CoachingTriggersTable {
  id: Generated<string>;
  call_id: string;
  agent_id: string;
  engine_version: string;
  kind: string;
  policy_id: string | null;
  policy_version: number | null;
  reason: string;
  created_at: CreatedAt;
}

export interface PipelineFailuresTable {
  call_id: string;
  engine_version: string;
  attempts: number;
  last_error: string;
  dead: boolean;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: string;
  teams: ColumnType<string[], string[] | undefined, string[]>;
  agent_id: string | null;
  password_hash: string;
  disabled: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  /** sha-256 of the cookie value: a leaked table cannot be replayed as cookies. */
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
  ip: string | null;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** The first characters of the token, so a person can tell tokens apart in lists. */
  prefix: string;
  scopes: string[];
  created_at: Timestamp;
  expires_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Timestamp;
  actor_user_id: string | null;
  actor_token_id: string | null;
  actor_name: string | null;
  action: string;
  target: string | null;
  outcome: 'success' | 'failure' | 'denied';
  ip: string | null;
  details: JSONColumnType<object, string, never>;
}

/** One sentiment inflection of a call's latest analysis, with the call facts dashboards filter on (migration 0003). */
export interface CallInflectionsTable {
  call_id: string;
  engine_version: string;
  agent_id: string;
  team: string | null;
  call_type: string | null;
  started_at: ColumnType<Date, Date | string, Date | string>;
  speaker: string;
  direction: string;
  stage: string | null;
  at_ms: number;
  magnitude: number;
  position: number;
  preceding: ColumnType<string[], string[] | undefined, string[]>;
}

/** One top-level criterion result of a call's latest scorecards; passed is null for N/A (migration 0003). */
export interface CriterionResultsTable {
  call_id: string;
  engine_version: string;
  agent_id: string;
  started_at: ColumnType<Date, Date | string, Date | string>;
  rubric_id: string;
  criterion_id: string;
  label: string;
  passed: boolean | null;
}

/** The list columns of `calls`, mirrored by a trigger into a narrow table that lists sort, filter and count on (migration 0003). */
export interface CallFactsTable {
  call_id: string;
  agent_id: string;
  team: string | null;
  queue: string | null;
  call_type: string | null;
  started_at: ColumnType<Date, Date | string, Date | string>;
  duration_ms: number | null;
  overall_score: number | null;
  auto_failed: boolean | null;
  customer_exit: number | null;
  arc_pattern: string | null;
  flag_kinds: ColumnType<string[], string[] | undefined, string[]>;
  analyzed: boolean;
}
