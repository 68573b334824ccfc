import type { CriterionTotals, DataScope, StageAgent, StageDropCount, WeekTotals } from '@undertone/core';

/** Distinct values for the dashboard's filter dropdowns, each sorted. */
export interface Facets {
  teams: string[];
  queues: string[];
  callTypes: string[];
  arcPatterns: string[];
  flagKinds: string[];
  agents: Array<{ id: string; name: string | null; team: string | null }>;
}

/** One agent's rows for the insights window [from, to). */
export interface AgentWindow {
  weeks: WeekTotals[];
  customerDrops: number;
  precursors: Array<{ behavior: string; count: number }>;
  criteria: CriterionTotals[];
}

export interface StageDropFilters {
  team?: string;
  callType?: string;
  startedFrom?: Date;
  startedTo?: Date;
}

/** The dashboard's aggregate reads, answered from the read model that migration 0003 adds (never the analysis JSON). */
export interface DashboardStore {
  /** Every method answers only from calls inside `scope`. */
  facets(scope: DataScope): Promise<Facets>;
  /** The start of the agent's latest call, or undefined when the agent has none. */
  latestCallAt(agentId: string, scope: DataScope): Promise<Date | undefined>;
  agentWindow(agentId: string, from: Date, to: Date, scope: DataScope): Promise<AgentWindow>;
  /** Agents with analyzed calls matching the filters, and their customer drops per stage. */
  stageDrops(filters: StageDropFilters, scope: DataScope): Promise<{ agents: StageAgent[]; counts: StageDropCount[] }>;
}
