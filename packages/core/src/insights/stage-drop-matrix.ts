import { orderStages } from './stage-order.js';
import { round } from './weekly-trend.js';

export interface StageAgent {
  id: string;
  name: string | null;
  team: string | null;
  /** Analyzed calls in the range. */
  calls: number;
}

export interface StageDropCount {
  agentId: string;
  stage: string;
  drops: number;
  /** Mean relative position of these drops in their calls (orders custom stages). */
  meanPosition: number;
}

export interface StageDropCell {
  agentId: string;
  stage: string;
  drops: number;
  calls: number;
  rate: number;
}

export interface StageTotal {
  stage: string;
  drops: number;
  agentsWithDrops: number;
  /** drops / all analyzed calls of the listed agents. */
  rate: number;
  /** agentsWithDrops / agents listed: near 1 says training problem, a lone agent says coaching. */
  agentShare: number;
}

export interface StageDropMatrix {
  stages: string[];
  agents: StageAgent[];
  cells: StageDropCell[];
  stageTotals: StageTotal[];
}

/**
 * The stage x agent grid of customer sentiment drops: one cell per agent and stage (zeros included, so the
 * grid is complete), agents by name then id, stages in call order.
 */
export function stageDropMatrix(agents: readonly StageAgent[], counts: readonly StageDropCount[]): StageDropMatrix {
  const listed = new Map(agents.map((a) => [a.id, a]));
  const relevant = counts.filter((c) => listed.has(c.agentId) && c.drops > 0);
  const positions = new Map<string, { sum: number; n: number }>();
  for (const c of relevant) {
    const p = positions.get(c.stage) ?? { sum: 0, n: 0 };
    positions.set(c.stage, { sum: p.sum + c.meanPosition * c.drops, n: p.n + c.drops });
  }
  const stages = orderStages(positions.keys(), new Map([...positions].map(([s, p]) => [s, p.sum / p.n])));
  const sortedAgents = [...agents].sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id) || a.id.localeCompare(b.id));
  const drops = new Map(relevant.map((c) => [`${c.agentId}\u0000${c.stage}`, c.drops]));
  const cells = sortedAgents.flatMap((a) =>
    stages.map((stage) => {
      const n = drops.get(`${a.id}\u0000${stage}`) ?? 0;
      return { agentId: a.id, stage, drops: n, calls: a.calls, rate: a.calls > 0 ? round(n / a.calls, 4) : 0 };
    }),
  );
  const allCalls = agents.reduce((sum, a) => sum + a.calls, 0);
  const stageTotals = stages.map((stage) => {
    const inStage = cells.filter((c) => c.stage === stage);
    const total = inStage.reduce((sum, c) => sum + c.drops, 0);
    const agentsWithDrops = inStage.filter((c) => c.drops > 0).length;
    return {
      stage,
      drops: total,
      agentsWithDrops,
      rate: allCalls > 0 ? round(total / allCalls, 4) : 0,
      agentShare: agents.length > 0 ? round(agentsWithDrops / agents.length, 4) : 0,
    };
  });
  return { stages, agents: sortedAgents, cells, stageTotals };
}
