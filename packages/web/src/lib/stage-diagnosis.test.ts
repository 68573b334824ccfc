import { describe, expect, it } from 'vitest';
import type { StageDrops } from '../api/types';
import { coachingAgents, trainingStages } from './stage-diagnosis';

const agents = ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase(), team: 't', calls: 10 }));
function drops(table: Record<string, Record<string, number>>): StageDrops {
  const stages = Object.keys(table);
  const cells = stages.flatMap((stage) => agents.map((a) => ({ agentId: a.id, stage, drops: table[stage]![a.id] ?? 0, calls: a.calls, rate: (table[stage]![a.id] ?? 0) / a.calls })));
  const stageTotals = stages.map((stage) => {
    const row = cells.filter((c) => c.stage === stage);
    const withDrops = row.filter((c) => c.drops > 0).length;
    const total = row.reduce((s, c) => s + c.drops, 0);
    return { stage, drops: total, agentsWithDrops: withDrops, rate: total / 40, agentShare: withDrops / agents.length };
  });
  return { stages, agents, cells, stageTotals };
}

describe('reading the stage x agent heatmap', () => {
  it('calls a stage where most agents drop a training problem, and a thin or lone stage not', () => {
    const data = drops({ pricing: { a: 2, b: 1, c: 3 }, opening: { a: 1 }, closing: { d: 1 } });
    expect(trainingStages(data)).toEqual([{ stage: 'pricing', agentShare: 0.75, drops: 6 }]);
  });

  it('calls an agent who drops far more often than the median a coaching problem, naming the worst stage', () => {
    const data = drops({ pricing: { a: 1, b: 1, c: 1, d: 4 }, resolution: { d: 2 } });
    const found = coachingAgents(data);
    expect(found.map((f) => [f.agentId, f.worstStage])).toEqual([['d', 'pricing']]);
    expect(found[0]!.rate).toBeCloseTo(0.6);
    expect(found[0]!.medianRate).toBeCloseTo(0.1);
  });

  it('finds nothing when agents drop alike or there are no drops', () => {
    expect(coachingAgents(drops({ pricing: { a: 2, b: 2, c: 2, d: 2 } }))).toEqual([]);
    expect(coachingAgents(drops({ pricing: {} }))).toEqual([]);
    expect(trainingStages(drops({ pricing: {} }))).toEqual([]);
  });
});
