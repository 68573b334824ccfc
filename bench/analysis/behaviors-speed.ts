/**
 * Per-call cost of `detectBehaviors` alone on generated 10-minute, ~150-turn calls, single-threaded,
 * read from the core sources (no build needed). Run: `npx tsx bench/analysis/behaviors-speed.ts`.
 */
import { detectBehaviors } from '../../packages/core/src/behaviors/detect-behaviors.js';
import { generateCall } from '../../packages/core/src/demo/generate-call.js';
import { formatMs, timeEach } from './stats.js';

const CALLS = 24;
const RUNS = 2000;
const WARMUP = 200;

const callTypes = ['support', 'sales', 'retention', 'collections'] as const;
const calls = Array.from({ length: CALLS }, (_, i) =>
  generateCall({ seed: 1000 + i, startedAt: '2026-11-02T14:00:00Z', agent: { id: `agent-${i}` }, callType: callTypes[i % 4], targetTurns: 150, targetDurationMs: 600_000 }),
);

const cpuBefore = process.cpuUsage();
const timing = timeEach(RUNS, WARMUP, (i) => detectBehaviors(calls[i % CALLS]!));
const cpu = process.cpuUsage(cpuBefore);
const cpuMsPerCall = (cpu.user + cpu.system) / 1000 / (RUNS + WARMUP);

console.log(`${CALLS} generated calls, ${RUNS} timed runs after ${WARMUP} warm-up, Node ${process.version}\n`);
console.log('| stage | median per call | p95 | mean CPU per call |');
console.log('| --- | ---: | ---: | ---: |');
console.log(`| detectBehaviors(call) | ${formatMs(timing.medianMs)} | ${formatMs(timing.p95Ms)} | ${formatMs(cpuMsPerCall)} |`);
