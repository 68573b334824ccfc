/**
 * Per-component cost of the analysis on generated 10-minute, ~150-turn calls: call-stage labeling,
 * sentiment arcs (with a precomputed-score model, so only the arc maths is timed, and with the real
 * lexicon model) and inflection attribution. Single-threaded, on the built packages:
 *   npm run build && npx tsx bench/analysis/components.ts
 * Behaviors and import are timed by run.ts and bench/behaviors; they are inputs here, not timed.
 */
import {
  analyzeSentiment,
  attributeInflections,
  DEFAULT_ATTRIBUTION_CONFIG,
  detectBehaviors,
  generateCall,
  labelStages,
  type Call,
  type SentimentModel,
} from '@undertone/core';
import { getDefaultSentimentModel } from '@undertone/core/sentiment/lexicon-sentiment-model';
import { formatMs, timeEach } from './stats.js';

const CALLS = 24;
const RUNS = Number(process.env['RUNS'] ?? 3000);
const WARMUP = Number(process.env['WARMUP'] ?? 500);
const ONLY = process.env['ONLY'];

const callTypes = ['support', 'sales', 'retention', 'collections'] as const;
const calls: Call[] = Array.from({ length: CALLS }, (_, i) =>
  generateCall({
    seed: 1000 + i,
    startedAt: '2026-11-02T14:00:00Z',
    agent: { id: `agent-${i}` },
    callType: callTypes[i % 4],
    targetTurns: 150,
    targetDurationMs: 600_000,
  }),
);

const realModel = getDefaultSentimentModel();

/** Scores every text once with the real model, then answers from the table: timing it measures the arcs alone. */
function precomputedModel(source: SentimentModel, texts: Iterable<{ text: string; speaker: Call['utterances'][number]['speaker'] }>): SentimentModel {
  const table = new Map<string, ReturnType<SentimentModel['score']>>();
  for (const { text, speaker } of texts) if (!table.has(text)) table.set(text, source.score(text, speaker));
  return {
    name: 'precomputed',
    version: 'bench',
    score(text) {
      return table.get(text) ?? { score: 0, label: 'neutral', drivers: [] };
    },
  };
}
const fakeModel = precomputedModel(realModel, calls.flatMap((c) => c.utterances));

// The replaying model gives the real model's inflections without making the arcs benchmark's call site see two models.
const attributionInputs = calls.map((call) => ({
  call,
  inflections: analyzeSentiment(call, fakeModel).inflections,
  behaviors: detectBehaviors(call).behaviors,
  stages: labelStages(call).byUtterance,
}));

const benchmarks: Array<[string, (i: number) => void]> = [
  ['labelStages (target <= 0.15 ms)', (i) => labelStages(calls[i % CALLS]!)],
  ['analyzeSentiment, precomputed scores: arcs only (target <= 0.05 ms)', (i) => analyzeSentiment(calls[i % CALLS]!, fakeModel)],
  ['analyzeSentiment, lexicon model: scoring + arcs', (i) => analyzeSentiment(calls[i % CALLS]!, realModel)],
  ['attributeInflections (target <= 0.02 ms)', (i) => {
    const input = attributionInputs[i % CALLS]!;
    attributeInflections(input.call, input.inflections, input.behaviors, input.stages, DEFAULT_ATTRIBUTION_CONFIG);
  }],
];

const turns = calls.reduce((s, c) => s + c.utterances.length, 0) / CALLS;
const inflections = attributionInputs.reduce((s, a) => s + a.inflections.length, 0) / CALLS;
const behaviors = attributionInputs.reduce((s, a) => s + a.behaviors.length, 0) / CALLS;
console.log(
  `Generated calls: ${CALLS}, mean ${turns.toFixed(0)} turns, ${inflections.toFixed(1)} inflections, ${behaviors.toFixed(0)} behaviors; ` +
    `${RUNS} timed runs after ${WARMUP} warm-up, one core, Node ${process.version}\n`,
);
/**
 * Mean CPU time per run (user + system, which waiting for a busy core does not add to) and the
 * fastest run: on a loaded machine both sit closer to quiet-core cost than the median does.
 */
function cpuAndFastestMs(fn: (i: number) => void): { cpuMs: number; fastestMs: number } {
  let fastestMs = Infinity;
  const before = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    fastestMs = Math.min(fastestMs, Number(process.hrtime.bigint() - start) / 1e6);
  }
  const used = process.cpuUsage(before);
  return { cpuMs: (used.user + used.system) / 1000 / RUNS, fastestMs };
}

console.log('| component | median per call | p95 | calls/s (1 core) | mean CPU time per call | fastest run |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, fn] of benchmarks) {
  if (ONLY !== undefined && !name.startsWith(ONLY)) continue;
  const t = timeEach(RUNS, WARMUP, fn);
  const { cpuMs, fastestMs } = cpuAndFastestMs(fn);
  const perSecond = Math.round(t.perSecond).toLocaleString('en-US');
  console.log(`| ${name} | ${formatMs(t.medianMs)} | ${formatMs(t.p95Ms)} | ${perSecond} | ${formatMs(cpuMs)} | ${formatMs(fastestMs)} |`);
}
