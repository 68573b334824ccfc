/**
 * Behavior and signal detection accuracy on the labeled fixtures, dev and blind splits,
 * plus the time for a 150-turn call. Run: npm run bench:behaviors [-- --dev] [-- --catalog-only] [-- --misses SUFFIX] [-- --cv]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Call } from '../../packages/core/src/call/call.js';
import { BEHAVIOR_IDS, SIGNAL_IDS, detectBehaviors } from '../../packages/core/src/behaviors/index.js';
import {
  detectedIdsIn, labeledCallSchema, labeledUtteranceSchema, parseJsonLines, Tally, tallyCalls, tallyUtterances, type Score,
} from '../../packages/core/src/behaviors/evaluate.js';
import { printCrossValidation } from './cv.js';

const FIXTURES = fileURLToPath(new URL('../../packages/core/test/fixtures/behaviors/', import.meta.url));
const CONTEXT_IDS = new Set(['interruption', 'dead_air', 'hold_without_permission', 'policy_before_acknowledgment']);
const UTTERANCE_BEHAVIORS = BEHAVIOR_IDS.filter((id) => !CONTEXT_IDS.has(id));
/** `--catalog-only`: the catalog alone, without the learned fallback (which is trained on the dev files, so its dev figures say nothing). */
const DETECT_OPTIONS = process.argv.includes('--catalog-only') ? { learned: false as const } : {};
const REPORT_DATE = `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`;

const read = (name: string) => readFileSync(FIXTURES + name, 'utf8');
const utterances = (name: string) => (existsSync(FIXTURES + name) ? parseJsonLines(read(name), labeledUtteranceSchema, name) : []);
const calls = (name: string) => (existsSync(FIXTURES + name) ? parseJsonLines(read(name), labeledCallSchema, name) : []);
/** The files of a split: `agent.jsonl` for dev also takes every extra dev batch (`agent-dev*.jsonl`); blind splits are one file each. */
const splitFiles = (kind: 'agent' | 'customer', suffix: string): string[] =>
  suffix !== '' ? [`${kind}${suffix}.jsonl`] : [`${kind}.jsonl`, ...readdirSync(FIXTURES).filter((f) => f.startsWith(`${kind}-dev`) && f.endsWith('.jsonl')).sort()];
const splitUtterances = (kind: 'agent' | 'customer', suffix: string) => splitFiles(kind, suffix).flatMap(utterances);

function evaluateSplit(suffix: string) {
  const agentRows = splitUtterances('agent', suffix);
  const customerRows = splitUtterances('customer', suffix);
  const callRows = calls(`calls${suffix}.jsonl`);
  const agent = new Tally(BEHAVIOR_IDS);
  tallyUtterances(agent, agentRows, 'agent', UTTERANCE_BEHAVIORS, DETECT_OPTIONS);
  tallyCalls(agent, callRows, DETECT_OPTIONS);
  const customer = new Tally(SIGNAL_IDS);
  tallyUtterances(customer, customerRows, 'customer', SIGNAL_IDS, DETECT_OPTIONS);
  return { agent: agent.scores(), customer: customer.scores(), sizes: { agent: agentRows.length, customer: customerRows.length, calls: callRows.length } };
}

const f = (x: number) => x.toFixed(2);
function table(title: string, perId: Score[], micro: Score): string {
  const rows = [...perId, micro].map((s) => `| ${s.id} | ${f(s.precision)} | ${f(s.recall)} | ${f(s.f1)} | ${s.support} | ${s.tp} | ${s.fp} | ${s.fn} |`);
  return [`**${title}**`, '', '| id | precision | recall | F1 | support | TP | FP | FN |', '|---|---:|---:|---:|---:|---:|---:|---:|', ...rows].join('\n');
}

function timePerCall(): number {
  const rows = [...utterances('agent.jsonl'), ...utterances('customer.jsonl')];
  const call: Call = {
    id: 'timing',
    agent: { id: 'a' },
    utterances: Array.from({ length: 150 }, (_, i) => ({
      speaker: i % 2 === 0 ? ('agent' as const) : ('customer' as const),
      startMs: i * 4000,
      endMs: i * 4000 + 3500,
      text: rows[(i * 7) % rows.length]!.text,
    })),
  };
  for (let i = 0; i < 50; i++) detectBehaviors(call);
  const runs = 300;
  // CPU time, not wall time: the number should not depend on what else the machine is running.
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) detectBehaviors(call);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / runs;
}

/** A fixed reference workload, so a reader can tell a slow machine from a slow detector. */
function referenceSortMs(): number {
  const values = Array.from({ length: 1_000_000 }, (_, i) => (i * 2_654_435_761) % 1_000_003);
  const start = process.cpuUsage();
  values.sort((a, b) => a - b);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** `--misses`: list each false positive and false negative, for looking at dev data (never tune on blind sets). */
function printMisses(suffix: string): void {
  const files = [...splitFiles('agent', suffix).map((f) => [f, 'agent', UTTERANCE_BEHAVIORS] as const), ...splitFiles('customer', suffix).map((f) => [f, 'customer', SIGNAL_IDS] as const)];
  for (const [file, speaker, ids] of files) {
    for (const row of utterances(file)) {
      const got = detectedIdsIn(row.text, speaker, DETECT_OPTIONS);
      const missed = ids.filter((id) => row.labels.includes(id) && !got.has(id));
      const extra = ids.filter((id) => !row.labels.includes(id) && got.has(id));
      if (missed.length + extra.length > 0) console.log(`${file}\tFN ${missed.join(',') || '-'}\tFP ${extra.join(',') || '-'}\t${row.text}`);
    }
  }
}
if (process.argv.includes('--cv')) {
  printCrossValidation();
  process.exit(0);
}
const missesFor = process.argv.indexOf('--misses');
if (missesFor >= 0) {
  printMisses(process.argv[missesFor + 1] ?? '');
  process.exit(0);
}

const dev = evaluateSplit('');
/** `--dev`: only the dev tables, so tuning never shows a blind figure. */
if (process.argv.includes('--dev')) {
  console.log([table('Agent behaviors, dev', dev.agent.perId, dev.agent.micro), '', table('Customer signals, dev', dev.customer.perId, dev.customer.micro)].join('\n'));
  process.exit(0);
}
/** Blind splits in the order they were written; none was tuned on before its "before" figures were taken. */
const BLIND_SETS = [
  ['', 'Blind set (written after the patterns, never tuned on)'],
  ['2', 'Second blind set (written before the generalization round of 2026-11-24)'],
  ['3', 'Third blind set (written from the labeling rules before the patterns were read, before the second generalization round of 2026-11-24)'],
  ['4', 'Fourth blind set (written by an engineer who read only the label definitions, never the catalog or the other fixtures, before the third generalization round of 2026-11-24)'],
  ['5', 'Fifth blind set (written by an engineer who read only the label definitions, never the catalog or the other fixtures, 2026-11-24 late evening)'],
  ['6', 'Sixth blind set (written the same way, 2026-11-24 near midnight, before the sixth generalization round)'],
  ['7', 'Seventh blind set (written the same way, 2026-11-25 early morning, before the learned fallback)'],
] as const;
const blinds = BLIND_SETS.map(([n, description]) => ({ name: `blind${n}`, description, scores: evaluateSplit(`-blind${n}`) }));
const ms = timePerCall();
const referenceMs = referenceSortMs();
const markdown = [
  `Measured ${REPORT_DATE} with \`npm run bench:behaviors\`. Utterance-level: a behavior counts as detected in an utterance when any detection of that id points at it.`,
  [
    `Dev set: ${dev.sizes.agent} agent and ${dev.sizes.customer} customer utterances, ${dev.sizes.calls} constructed calls.`,
    ...blinds.map(({ description, scores }) => `${description}: ${scores.sizes.agent} agent, ${scores.sizes.customer} customer utterances${scores.sizes.calls > 0 ? `, ${scores.sizes.calls} calls` : ''}.`),
  ].join(' '),
  `Speed: ${ms.toFixed(3)} ms CPU per 150-turn call (all behaviors and signals, catalog precompiled). Reference on the same machine: sorting 1,000,000 numbers took ${referenceMs.toFixed(0)} ms CPU.`,
  '',
  table('Agent behaviors, dev', dev.agent.perId, dev.agent.micro),
  '',
  table('Customer signals, dev', dev.customer.perId, dev.customer.micro),
  ...blinds.flatMap(({ name, scores }) => [
    '',
    table(`Agent behaviors, ${name}`, scores.agent.perId, scores.agent.micro),
    '',
    table(`Customer signals, ${name}`, scores.customer.perId, scores.customer.micro),
  ]),
].join('\n');
console.log(markdown);
