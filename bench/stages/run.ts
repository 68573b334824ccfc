/**
 * `npm run bench:stages`: how often the stage labeler agrees with the stage the demo generator wrote each turn for
 * (call.metadata.truth.stages), per call type, with per-stage precision and recall. The generator's stages are script
 * sections, coarser than what a person would label (a small-talk question inside the offer section is "offer"), and the
 * same team wrote both, so read this as a regression check across call types, not as accuracy on real calls.
 */
import { generateCall, importTranscript, labelStages } from '@undertone/core';

const CALLS_PER_TYPE = Number(process.env['BENCH_CALLS'] ?? 80);
const CALL_TYPES = ['support', 'sales', 'retention', 'collections'] as const;

interface StageTally { tp: number; fp: number; fn: number }

const pct = (x: number) => (100 * x).toFixed(0);

console.log(`Stage labels vs the demo generator's script stages: ${CALLS_PER_TYPE} generated calls per type (seeds 7000+), 60 turns each\n`);
console.log('| call type | utterances | agreement | per stage: precision / recall (%) |');
console.log('| --- | ---: | ---: | --- |');
for (const callType of CALL_TYPES) {
  let total = 0;
  let agreed = 0;
  const perStage = new Map<string, StageTally>();
  const tally = (stage: string) => perStage.get(stage) ?? perStage.set(stage, { tp: 0, fp: 0, fn: 0 }).get(stage)!;
  for (let i = 0; i < CALLS_PER_TYPE; i++) {
    const generated = generateCall({ seed: 7000 + i, startedAt: '2026-11-02T14:00:00Z', agent: { id: 'a' }, callType, targetTurns: 60, targetDurationMs: 400_000 });
    const truth = (generated.metadata as { truth: { stages: string[] } }).truth.stages;
    const labels = labelStages(importTranscript(JSON.stringify(generated)).call).byUtterance;
    labels.forEach((label, k) => {
      total++;
      if (label === truth[k]) {
        agreed++;
        tally(label).tp++;
      } else {
        tally(truth[k]!).fn++;
        tally(label).fp++;
      }
    });
  }
  const stages = [...perStage].sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([stage, t]) => `${stage} ${pct(t.tp / Math.max(1, t.tp + t.fp))} / ${pct(t.tp / Math.max(1, t.tp + t.fn))}`);
  console.log(`| ${callType} | ${total} | ${pct(agreed / total)}% | ${stages.join(', ')} |`);
}
