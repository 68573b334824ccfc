/**
 * `npx tsx bench/analysis/scoring.ts [--dump out.json]`: per-call cost of rubric scoring and flag policies on generated
 * 10-minute, ~150-turn calls, per call type, single-threaded, on the core sources. Each timed run gets a fresh copy of
 * the analysis (new call and utterance objects) so per-call caches never carry over from one run to the next:
 * every run pays what a newly ingested call pays. `--dump` writes every scorecard and flag list, to compare
 * outputs before and after a change.
 */
import { writeFileSync } from 'node:fs';
import { analyzeCall } from '../../packages/core/src/analysis/analyze-call.js';
import type { CallAnalysis } from '../../packages/core/src/analysis/types.js';
import { generateCall } from '../../packages/core/src/index.js';
import { defaultPolicies } from '../../packages/core/src/policies/default-policies.js';
import { evaluateCallPolicies } from '../../packages/core/src/policies/evaluate-call-policies.js';
import { DEFAULT_RUBRICS } from '../../packages/core/src/scoring/default-rubrics.js';
import { scoreCall } from '../../packages/core/src/scoring/score-call.js';
import { selectRubric } from '../../packages/core/src/scoring/select-rubric.js';
import { formatMs, timeEach } from './stats.js';

const CALLS = 24;
const RUNS = Number(process.env.BENCH_RUNS ?? 600);
const WARMUP = Math.max(50, Math.floor(RUNS / 10));
const callTypes = ['support', 'sales', 'retention', 'collections'] as const;

const calls = Array.from({ length: CALLS }, (_, i) =>
  generateCall({ seed: 1000 + i, startedAt: '2026-11-02T14:00:00Z', agent: { id: `agent-${i}` }, callType: callTypes[i % 4], targetTurns: 150, targetDurationMs: 600_000 }),
);
const policies = defaultPolicies();
const prepared = calls.map((call) => {
  const analysis = analyzeCall(call);
  const rubric = selectRubric(call.callType, DEFAULT_RUBRICS);
  if (!rubric) throw new Error(`no default rubric for call type "${call.callType}": add one to DEFAULT_RUBRICS or change the bench call types`);
  return { call, analysis, rubric };
});

/** A copy sharing no object identity with the original call or utterances, so no cache keyed on them can hit. */
function fresh(analysis: CallAnalysis): CallAnalysis {
  const utterances = analysis.call.utterances.map((u) => ({ ...u }));
  return { ...analysis, call: { ...analysis.call, utterances } };
}

const dumpAt = process.argv.indexOf('--dump');
if (dumpAt >= 0) {
  const out = process.argv[dumpAt + 1];
  if (!out) throw new Error('--dump needs a file path, e.g. --dump /tmp/scoring-before.json');
  const results = prepared.map(({ call, analysis, rubric }) => {
    const copy = fresh(analysis);
    copy.scorecard = scoreCall(copy, rubric);
    return { callId: call.id, scorecard: copy.scorecard, flags: evaluateCallPolicies(copy, policies) };
  });
  writeFileSync(out, JSON.stringify(results, null, 1));
  console.log(`wrote ${results.length} scorecards and flag lists to ${out}`);
  process.exit(0);
}

const scored = prepared.map(({ analysis, rubric }) => ({ ...analysis, scorecard: scoreCall(analysis, rubric) }));
const turns = calls.reduce((s, c) => s + c.utterances.length, 0) / CALLS;

console.log(`Generated calls: ${CALLS}, mean ${turns.toFixed(0)} turns; ${RUNS} timed runs per row after ${WARMUP} warm-up, fresh analysis copy per run, Node ${process.version}\n`);
console.log('| call type | scoreCall median | p95 | evaluateCallPolicies median | p95 | both (as in analyzeCall) median | p95 | both, mean CPU (process, incl. GC) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const type of callTypes) {
  const indexes = prepared.flatMap((p, i) => (p.call.callType === type ? [i] : []));
  const pick = (i: number) => indexes[i % indexes.length]!;
  const copies = (source: CallAnalysis[]) => Array.from({ length: RUNS + WARMUP }, (_, i) => fresh(source[pick(i)]!));
  const forScoring = copies(prepared.map((p) => p.analysis));
  const forPolicies = copies(scored);
  const forBoth = copies(prepared.map((p) => p.analysis));
  // timeEach reuses its run index after the warm-up; a running counter keeps every run on an unused copy.
  const each = (fn: (n: number) => void) => {
    let n = 0;
    return timeEach(RUNS, WARMUP, () => fn(n++));
  };
  const scoring = each((n) => scoreCall(forScoring[n]!, prepared[pick(n)]!.rubric));
  const flagging = each((n) => evaluateCallPolicies(forPolicies[n]!, policies));
  const cpuBefore = process.cpuUsage();
  const both = each((n) => {
    const analysis = forBoth[n]!;
    analysis.scorecard = scoreCall(analysis, prepared[pick(n)]!.rubric);
    evaluateCallPolicies(analysis, policies);
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerCall = (cpu.user + cpu.system) / 1000 / (RUNS + WARMUP);
  const cells = [scoring, flagging, both].flatMap((t) => [formatMs(t.medianMs), formatMs(t.p95Ms)]);
  cells.push(formatMs(cpuMsPerCall));
  console.log(`| ${type} | ${cells.join(' | ')} |`);
}
