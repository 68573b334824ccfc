import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from './score-batch.js';

const DISCLOSURE = 'This call may be recorded for quality and training purposes.';

function call(id: string, agent: string, day: number, opening: string) {
  return {
    id,
    agent: { id: agent },
    callType: 'support',
    startedAt: new Date(Date.UTC(2026, 10, 1 + day, 9)).toISOString(),
    outcome: { resolved: true },
    utterances: [
      { speaker: 'agent', startMs: 0, endMs: 4000, text: `Hello, thanks for calling. ${opening}` },
      { speaker: 'customer', startMs: 4500, endMs: 8000, text: 'Hi, my bill is wrong and I want to sue you.' },
      { speaker: 'agent', startMs: 8500, endMs: 12000, text: 'I will fix that for you right now.' },
    ],
  };
}

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'undertone-score-batch-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

async function capture(args: string[]) {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((stdout += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((stderr += String(chunk)), true));
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

afterEach(() => vi.restoreAllMocks());

describe('undertone score-batch', () => {
  it('scores calls in time order per agent, flags compliance misses, lists bad files, prints one JSON document', async () => {
    const dir = folder({
      'b.json': JSON.stringify(call('c2', 'a1', 1, 'this call maybe recorded for quality an training purposes')),
      'a.json': JSON.stringify(call('c1', 'a1', 0, DISCLOSURE)),
      'c.json': JSON.stringify(call('c3', 'a1', 2, 'How can I help?')),
      'd.json': JSON.stringify(call('c4', 'a2', 0, 'How can I help?')),
      'broken.json': '{"utterances": [',
      'a.meta.json': '{}',
    });
    const { code, stdout } = await capture([dir, '--json']);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.calls).toBe(4);
    expect(report.now).toBe('2026-11-03T09:00:00.000Z');
    expect(report.badFiles).toEqual([{ file: join(dir, 'broken.json'), reason: expect.any(String) }]);
    const [a1, a2] = report.agents;
    expect(a1.calls.map((c: { callId: string }) => c.callId)).toEqual(['c1', 'c2', 'c3']);
    expect(a1.calls.map((c: { overall: number }) => c.overall === 0)).toEqual([false, false, true]);
    expect(a1.calls[2].flags.map((f: { policy: string }) => f.policy)).toEqual(['compliance:recording_disclosure', 'compliance:identity_verified', 'low_quality_score', 'legal_threat']);
    expect(a1.sessions).toHaveLength(1);
    expect(a2.agentId).toBe('a2');
  });

  it('prints the human table', async () => {
    const dir = folder({ 'a.json': JSON.stringify(call('c1', 'a1', 0, 'How can I help?')) });
    const { code, stdout } = await capture([dir]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Scored 1 call for 1 agent/);
    expect(stdout).toMatch(/Compliance \(immediate review\):\n    c1: Recording disclosure read in the opening missed \(auto-fail/);
    expect(stdout).toMatch(/Coaching sessions \(0 triggers merged by the rate limit\):/);
  });

  it('exits 2 listing every problem across the policies and rubric files before scoring', async () => {
    const dir = folder({
      'a.json': JSON.stringify(call('c1', 'a1', 0, DISCLOSURE)),
      'policies.yaml': 'policies:\n  - id: x\n    kind: coaching\n    when: sentiment.arcs.customer.exitt < -0.6\n',
      'rubric.yaml': 'id: r\nversion: 1\nname: R\ncallTypes: [support]\nsections:\n  - id: s\n    name: S\n    weight: 0\n    criteria:\n      - {id: a, label: A, weight: 1, kind: behavior_present, behavior: telepathy}\n',
    });
    const { code, stdout, stderr } = await capture([join(dir, 'a.json'), '--policies', join(dir, 'policies.yaml'), '--rubric', join(dir, 'rubric.yaml')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^configuration has 2 problems; fix each one listed and retry \(no call was scored\)/);
    expect(stderr).toContain('policies.yaml $.policies[0].when: field "sentiment.arcs.customer.exitt" does not exist');
    expect(stderr).toContain('rubric.yaml $.sections[0].weight: weights must be positive numbers');
  });

  it('exits 2 on a missing folder', async () => {
    const { code, stderr } = await capture(['/nonexistent/folder']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read folder/);
  });
});
