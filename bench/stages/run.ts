/**
 * `npm run bench:stages`: how often the stage labeler agrees with reference stages, per utterance.
 *
 * 1. Generated calls: the stage the demo generator wrote each turn for (call.metadata.truth.stages), per call type.
 *    The generator's stages are script sections, coarser than what a person would label (a small-talk question inside
 *    the offer section is "offer"), and the same team wrote both, so read this as a regression check across call
 *    types, not as accuracy on real calls.
 * 2. Labeled files: every `packages/core/test/fixtures/stages/calls-*.jsonl` (a person's stage per utterance), per
 *    file; bad lines are reported with their number and skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCall, importTranscript, labelStages } from '@undertone/core';
import { parseLabeledStageCalls } from '../../packages/core/src/stages/labeled-stage-calls.js';
import { StageAgreement } from '../../packages/core/src/stages/stage-agreement.js';

const CALLS_PER_TYPE = Number(process.env['BENCH_CALLS'] ?? 80);
const CALL_TYPES = ['support', 'sales', 'retention', 'collections'] as const;
const FIXTURES = fileURLToPath(new URL('../../packages/core/test/fixtures/stages/', import.meta.url));

const pct = (x: number) => (100 * x).toFixed(0);
const perStageText = (a: StageAgreement, withSupport: boolean) =>
  a.perStage().map((s) => `${s.stage} ${pct(s.precision)} / ${pct(s.recall)}${withSupport ? ` (${s.support})` : ''}`).join(', ');

console.log(`Stage labels vs the demo generator's script stages: ${CALLS_PER_TYPE} generated calls per type (seeds 7000+), 60 turns each\n`);
console.log('| call type | utterances | agreement | per stage: precision / recall (%) |');
console.log('| --- | ---: | ---: | --- |');
for (const callType of CALL_TYPES) {
  const agreement = new StageAgreement();
  for (let i = 0; i < CALLS_PER_TYPE; i++) {
    const generated = generateCall({ seed: 7000 + i, startedAt: '2026-11-02T14:00:00Z', agent: { id: 'a' }, callType, targetTurns: 60, targetDurationMs: 400_000 });
    const truth = (generated.metadata as { truth: { stages: string[] } }).truth.stages;
    agreement.add(labelStages(importTranscript(JSON.stringify(generated)).call).byUtterance, truth);
  }
  console.log(`| ${callType} | ${agreement.utterances} | ${pct(agreement.accuracy)}% | ${perStageText(agreement, false)} |`);
}

const files = existsSync(FIXTURES) ? readdirSync(FIXTURES).filter((f) => /^calls-.*\.jsonl$/.test(f)).sort() : [];
for (const file of files) {
  const { rows, issues } = parseLabeledStageCalls(readFileSync(FIXTURES + file, 'utf8'));
  for (const issue of issues) console.error(`${file} line ${issue.line}${issue.path ? ` at ${issue.path}` : ''}: ${issue.message}`);
  const all = new StageAgreement();
  const byType = new Map<string, StageAgreement>();
  for (const { call, stages } of rows) {
    const labels = labelStages(call).byUtterance;
    all.add(labels, stages);
    const type = call.callType ?? 'default';
    (byType.get(type) ?? byType.set(type, new StageAgreement()).get(type)!).add(labels, stages);
  }
  console.log(`\nStage labels vs ${file}: ${rows.length} calls, ${all.utterances} utterances${issues.length ? `, ${issues.length} bad line issues skipped` : ''}\n`);
  console.log('| call type | utterances | accuracy | per stage: precision / recall % (support) |');
  console.log('| --- | ---: | ---: | --- |');
  for (const [type, a] of [...byType].sort(([x], [y]) => (x < y ? -1 : 1))) {
    console.log(`| ${type} | ${a.utterances} | ${pct(a.accuracy)}% | ${perStageText(a, true)} |`);
  }
  console.log(`| all | ${all.utterances} | ${pct(all.accuracy)}% | ${perStageText(all, true)} |`);
}
