import type { StageDrops } from '../api/types';

/**
 * Reading the stage x agent drops the way a QA manager would: a stage where most agents' customers drop is a
 * training problem (the script or process), an agent whose customers drop far more often than their
 * peers' is a coaching problem. Pure, so the thresholds are tested and stated in the UI.
 */
export const TRAINING_AGENT_SHARE = 0.5;
export const COACHING_RATE_MULTIPLE = 2;
/** Below this many drops a pattern is too thin to call. */
export const MIN_DROPS = 2;

export interface StageFinding {
  stage: string;
  agentShare: number;
  drops: number;
}

export interface AgentFinding {
  agentId: string;
  name: string;
  drops: number;
  /** Drops per call for this agent, and the median across agents. */
  rate: number;
  medianRate: number;
  /** The stage holding most of this agent's drops. */
  worstStage: string | null;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function trainingStages(data: StageDrops): StageFinding[] {
  return data.stageTotals
    .filter((t) => t.agentShare >= TRAINING_AGENT_SHARE && t.drops >= MIN_DROPS && data.agents.length > 1)
    .sort((a, b) => b.agentShare - a.agentShare || b.drops - a.drops)
    .map((t) => ({ stage: t.stage, agentShare: t.agentShare, drops: t.drops }));
}

export function coachingAgents(data: StageDrops): AgentFinding[] {
  const perAgent = data.agents
    .filter((a) => a.calls > 0)
    .map((a) => {
      const cells = data.cells.filter((c) => c.agentId === a.id);
      const drops = cells.reduce((sum, c) => sum + c.drops, 0);
      const worst = cells.reduce<(typeof cells)[number] | null>((best, c) => (c.drops > (best?.drops ?? 0) ? c : best), null);
      return { agentId: a.id, name: a.name ?? a.id, drops, rate: drops / a.calls, worstStage: worst?.stage ?? null };
    });
  const medianRate = median(perAgent.map((a) => a.rate));
  return perAgent
    .filter((a) => perAgent.length > 2 && a.drops >= MIN_DROPS && a.rate >= COACHING_RATE_MULTIPLE * medianRate && a.rate > 0)
    .sort((a, b) => b.rate - a.rate)
    .map((a) => ({ ...a, medianRate }));
}
