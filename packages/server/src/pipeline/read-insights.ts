import { criterionPassRates, type DataScope, rankDropPrecursors, stageDropMatrix, weeklyTrend, weekStartsEndingAt, type StageDropMatrix } from '@undertone/core';
import type { AgentDirectory } from '../storage/agent-directory.js';
import type { DashboardStore, Facets, StageDropFilters } from '../storage/dashboard-store.js';

const WEEK_MS = 7 * 86_400_000;

export interface AgentInsights {
  agentId: string;
  name: string | null;
  team: string | null;
  /** The window the figures cover: `weeks` whole ISO weeks ending with the week of the agent's latest call. */
  window: { from: string; to: string; weeks: number } | null;
  weekly: ReturnType<typeof weeklyTrend>;
  dropPrecursors: ReturnType<typeof rankDropPrecursors>;
  criteria: ReturnType<typeof criterionPassRates>;
  customerDrops: number;
}

export function getFacets(deps: { dashboard: DashboardStore }, scope: DataScope): Promise<Facets> {
  return deps.dashboard.facets(scope);
}

/**
 * One agent's trends over `weeks` weeks counted back from the agent's latest call (not the wall clock, so
 * old data still shows a trend); undefined when the agent does not exist or is outside `scope`.
 */
export async function getAgentInsights(deps: { dashboard: DashboardStore; agents: AgentDirectory }, agentId: string, weeks: number, scope: DataScope): Promise<AgentInsights | undefined> {
  const agent = await deps.agents.getAgent(agentId, scope);
  if (!agent) return undefined;
  const base = { agentId, name: agent.name, team: agent.team };
  const latest = await deps.dashboard.latestCallAt(agentId, scope);
  if (!latest) return { ...base, window: null, weekly: [], dropPrecursors: [], criteria: [], customerDrops: 0 };
  const from = new Date(`${weekStartsEndingAt(latest, weeks)[0]}T00:00:00Z`);
  const to = new Date(from.getTime() + weeks * WEEK_MS);
  const rows = await deps.dashboard.agentWindow(agentId, from, to, scope);
  return {
    ...base,
    window: { from: from.toISOString(), to: to.toISOString(), weeks },
    weekly: weeklyTrend(rows.weeks, latest, weeks),
    dropPrecursors: rankDropPrecursors(rows.precursors, rows.customerDrops),
    criteria: criterionPassRates(rows.criteria),
    customerDrops: rows.customerDrops,
  };
}

/** The stage x agent grid of customer sentiment drops for the analyzed calls matching the filters. */
export async function getStageDrops(deps: { dashboard: DashboardStore }, filters: StageDropFilters, scope: DataScope): Promise<StageDropMatrix> {
  const { agents, counts } = await deps.dashboard.stageDrops(filters, scope);
  return stageDropMatrix(agents, counts);
}
