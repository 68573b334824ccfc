import { describe, expect, it } from 'vitest';
import { stageDropMatrix } from './stage-drop-matrix.js';
import { builtInStageOrder, orderStages } from './stage-order.js';

describe('stage order', () => {
  it('merges the built-in call types in call order', () => {
    const order = builtInStageOrder();
    expect(order[0]).toBe('opening');
    expect(order.at(-1)).toBe('closing');
    for (const [a, b] of [['verification', 'discovery'], ['pricing', 'objection'], ['offer', 'resolution'], ['payment_arrangement', 'resolution']] as const) {
      expect(order.indexOf(a)).toBeLessThan(order.indexOf(b));
    }
  });

  it('puts unknown stages after known ones, by mean position', () => {
    expect(orderStages(['wrap_up', 'closing', 'greeting_custom', 'opening'], new Map([['wrap_up', 0.9], ['greeting_custom', 0.1]]))).toEqual([
      'opening', 'closing', 'greeting_custom', 'wrap_up',
    ]);
  });
});

describe('stageDropMatrix', () => {
  const agents = [
    { id: 'a2', name: 'Bo', team: 'sales', calls: 10 },
    { id: 'a1', name: 'Ana', team: 'sales', calls: 4 },
    { id: 'a3', name: 'Cy', team: 'sales', calls: 0 },
  ];
  const counts = [
    { agentId: 'a1', stage: 'pricing', drops: 2, meanPosition: 0.5 },
    { agentId: 'a2', stage: 'pricing', drops: 5, meanPosition: 0.5 },
    { agentId: 'a2', stage: 'opening', drops: 1, meanPosition: 0.05 },
    { agentId: 'elsewhere', stage: 'hold', drops: 9, meanPosition: 0.5 }, // not a listed agent
  ];
  const m = stageDropMatrix(agents, counts);

  it('lists stages in call order and agents by name, with a complete grid', () => {
    expect(m.stages).toEqual(['opening', 'pricing']);
    expect(m.agents.map((a) => a.id)).toEqual(['a1', 'a2', 'a3']);
    expect(m.cells).toHaveLength(6);
    expect(m.cells.find((c) => c.agentId === 'a2' && c.stage === 'pricing')).toEqual({ agentId: 'a2', stage: 'pricing', drops: 5, calls: 10, rate: 0.5 });
    expect(m.cells.find((c) => c.agentId === 'a3' && c.stage === 'pricing')).toMatchObject({ drops: 0, rate: 0 });
  });

  it('totals each stage: drops, agents with drops, rate over all calls and the share of agents', () => {
    expect(m.stageTotals).toEqual([
      { stage: 'opening', drops: 1, agentsWithDrops: 1, rate: round(1 / 14), agentShare: round(1 / 3) },
      { stage: 'pricing', drops: 7, agentsWithDrops: 2, rate: 0.5, agentShare: round(2 / 3) },
    ]);
  });

  it('sums cell drops to the stage totals', () => {
    for (const t of m.stageTotals) expect(m.cells.filter((c) => c.stage === t.stage).reduce((s, c) => s + c.drops, 0)).toBe(t.drops);
  });
});

const round = (x: number) => Math.round(x * 1e4) / 1e4;
