/**
 * `npm run bench`: per-call cost of the analysis pipeline on generated 10-minute, ~150-turn calls,
 * single-threaded, on the built packages. Prints a markdown table for docs/benchmarks.md.
 */
import { analyzeCall, computeCharacteristics, DEFAULT_RUBRICS, defaultPolicies, generateCall, importTranscript, selectRubric } from '@undertone/core';
import { formatMs, timeEach } from './stats.js';

const CALLS = 24;
const RUNS = 1000;
const WARMUP = 100;

const callTypes = ['support', 'sales', 'retention', 'collections'] as const;
const calls = Array.from({ length: CALLS }, (_, i) =>
  generateCall({ seed: 1000 + i, startedAt: '2026-11-02T14:00:00Z', agent: { id: `agent-${i}` }, callType: callTypes[i % 4], targetTurns: 150, targetDurationMs: 600_000 }),
);
const payloads = calls.map((c) => JSON.stringify(c));
const turns = calls.reduce((s, c) => s + c.utterances.length, 0) / CALLS;
const minutes = calls.reduce((s, c) => s + Math.max(...c.utterances.map((u) => u.endMs)), 0) / CALLS / 60_000;
const policies = defaultPolicies();

const rows = [
  ['import + characteristics (issue 2 target: median <= 0.3 ms)', timeEach(RUNS, WARMUP, (i) => computeCharacteristics(importTranscript(payloads[i % CALLS]!).call))],
  ['import + full analysis: sentiment, stages, behaviors, attribution (issue 4 target: median <= 1 ms)', timeEach(RUNS, WARMUP, (i) => analyzeCall(importTranscript(payloads[i % CALLS]!).call))],
  ['import + full analysis + rubric scoring + flag policies', timeEach(RUNS, WARMUP, (i) => {
    const { call } = importTranscript(payloads[i % CALLS]!);
    analyzeCall(call, { rubric: selectRubric(call.callType, DEFAULT_RUBRICS)!, policies });
  })],
] as const;

console.log(`Generated calls: ${CALLS}, mean ${turns.toFixed(0)} turns, ${minutes.toFixed(1)} min; ${RUNS} timed runs after ${WARMUP} warm-up, one core, Node ${process.version}\n`);
console.log('| stage | median per call | p95 | calls/s (1 core) |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, t] of rows) console.log(`| ${name} | ${formatMs(t.medianMs)} | ${formatMs(t.p95Ms)} | ${Math.round(t.perSecond).toLocaleString('en-US')} |`);
