import type { Call, CallAnalysis, Role } from '@undertone/core';

/** Response shapes of the Undertone HTTP API (docs/api.md, /api/openapi.json) as the dashboard reads them. */

export type SortKey = 'startedAt' | 'score' | 'duration' | 'customerExit';
export type Sort = SortKey | `-${SortKey}`;

export interface CallSummary {
  id: string;
  agentId: string;
  /** Added with the insights endpoints; older servers omit it. */
  agentName?: string | null;
  team: string | null;
  queue: string | null;
  callType: string | null;
  startedAt: string;
  durationMs?: number | null;
  overallScore: number | null;
  autoFailed?: boolean;
  arcPattern: string | null;
  flagKinds: string[];
  customerExit?: number | null;
  analysisStatus: 'pending' | 'analyzed';
}

export interface CallPage {
  items: CallSummary[];
  nextCursor?: string;
  count: number;
  /** How many calls match the filters (insights endpoints); absent on older servers. */
  total?: number;
}

export interface CallDetail extends CallSummary {
  call: Call;
  analysis: { engineVersion: string; analyzedAt: string; result: CallAnalysis } | null;
}

export interface AgentRef {
  id: string;
  name: string | null;
  team: string | null;
}

export interface Facets {
  teams: string[];
  queues: string[];
  callTypes: string[];
  arcPatterns: string[];
  flagKinds: string[];
  agents: AgentRef[];
}

export interface Agent extends AgentRef {
  callCount: number;
  averageScore: number | null;
  lastCallAt: string | null;
}

export interface AgentInsights {
  agentId: string;
  name: string | null;
  team: string | null;
  /** The whole ISO weeks covered, ending with the week of the agent's latest call; null without calls. */
  window: { from: string; to: string; weeks: number } | null;
  weekly: Array<{ weekStart: string; calls: number; averageScore: number | null; averageCustomerExit: number | null }>;
  dropPrecursors: Array<{ behavior: string; count: number; share: number }>;
  criteria: Array<{ rubricId: string; criterionId: string; label: string | null; evaluated: number; passed: number; passRate: number | null }>;
  customerDrops: number;
}

export interface StageDrops {
  stages: string[];
  agents: Array<{ id: string; name: string | null; team: string | null; calls: number }>;
  cells: Array<{ agentId: string; stage: string; drops: number; calls: number; rate: number }>;
  stageTotals: Array<{ stage: string; drops: number; agentsWithDrops: number; rate: number; agentShare: number }>;
}

/** Filters of GET /api/v1/calls, with the dates as the API wants them (ISO date-times). */
export interface CallQuery {
  agent?: string;
  team?: string;
  callType?: string;
  from?: string;
  to?: string;
  flag?: string;
  minScore?: number;
  maxScore?: number;
  arc?: string;
  sort?: Sort;
  cursor?: string;
  limit?: number;
}

export interface StageDropsQuery {
  team?: string;
  from?: string;
  to?: string;
  callType?: string;
}

/** The signed-in user as GET /api/v1/auth/me and POST /api/v1/auth/login present them. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** Agents only: the agent whose calls they see. */
  agentId?: string;
  /** Supervisors only: the teams whose calls they see. */
  teams?: string[];
}
