import { findRedactions, REDACTION_CATEGORIES } from '@undertone/core';
import { measureCallCost } from './call-cost.js';
import { buildCorpus } from './corpus/build-corpus.js';
import type { Example } from './corpus/example.js';
import { DEV_TEMPLATES } from './corpus/families-dev.js';
import { TEST_TEMPLATES } from './corpus/families-test.js';
import { leakFree, precision, recall, score, type Predicted, type Scores } from './metrics.js';
import { peerSystems, type RedactionSystem } from './peers.js';

/**
 * Redaction precision, recall and throughput on two seeded corpora: `dev` (tuned on) and `test` (reported,
 * different seed and different template families), Undertone beside the installable peers. See docs/benchmarks.md.
 */
const COUNT = Number(process.env['REDACTION_BENCH_COUNT'] ?? 3000);
const ALL_SPLITS: Array<[name: string, examples: Example[]]> = [
  ['dev (seed 11, dev templates)', buildCorpus('dev', DEV_TEMPLATES, 11, COUNT)],
  ['test (seed 29, test templates)', buildCorpus('test', TEST_TEMPLATES, 29, COUNT)],
];
/** REDACTION_BENCH_SPLIT=dev while tuning, so the test split stays unseen. */
const SPLITS = process.env['REDACTION_BENCH_SPLIT'] === 'dev' ? ALL_SPLITS.slice(0, 1) : ALL_SPLITS;

const undertone: RedactionSystem = {
  name: 'Undertone',
  predict: (text, previous) => findRedactions(text, previous !== undefined ? { previousText: previous } : {}),
};
const systems = [undertone, ...(await peerSystems((line) => process.stderr.write(line + '\n')))];

const pct = (x: number | undefined) => (x === undefined ? '–' : (x * 100).toFixed(1));

function run(system: RedactionSystem, examples: Example[]): { scores: Scores; perSecond: number; mbPerSecond: number } {
  const predictions: Predicted[][] = examples.map((ex) => system.predict(ex.text, ex.previous));
  // Throughput: best of three timed passes over the whole split.
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    for (const ex of examples) system.predict(ex.text, ex.previous);
    best = Math.min(best, performance.now() - started);
  }
  const chars = examples.reduce((n, ex) => n + ex.text.length, 0);
  return { scores: score(examples, predictions), perSecond: examples.length / (best / 1000), mbPerSecond: chars / 1e6 / (best / 1000) };
}

for (const [split, examples] of SPLITS) {
  const results = systems.map((s) => ({ system: s, ...run(s, examples) }));
  const gold = results[0]!.scores.categories;
  console.log(`\n### ${split}: ${examples.length} utterances, ${examples.reduce((n, e) => n + e.spans.length, 0)} personal-data spans, ${examples.reduce((n, e) => n + e.distractors.length, 0)} distractors\n`);
  console.log(`| category | gold | ${results.map((r) => `${r.system.name} P / R / leak-free`).join(' | ')} |`);
  console.log(`| --- | ---: | ${results.map(() => '---').join(' | ')} |`);
  for (const category of REDACTION_CATEGORIES) {
    const cells = results.map((r) => {
      const s = r.scores.categories[category] ?? { gold: gold[category]?.gold ?? 0, predicted: 0, correct: 0, found: 0, protected: 0 };
      return `${pct(precision(s))} / ${pct(recall(s))} / ${pct(leakFree(s))}`;
    });
    console.log(`| ${category} | ${gold[category]?.gold ?? 0} | ${cells.join(' | ')} |`);
  }
  const micro = results.map((r) => {
    const all = Object.entries(r.scores.categories).filter(([c]) => (REDACTION_CATEGORIES as readonly string[]).includes(c)).map(([, s]) => s);
    const total = all.reduce((a, s) => ({ gold: a.gold + s.gold, predicted: a.predicted + s.predicted, correct: a.correct + s.correct, found: a.found + s.found, protected: a.protected + s.protected }), { gold: 0, predicted: 0, correct: 0, found: 0, protected: 0 });
    return `${pct(precision(total))} / ${pct(recall(total))} / ${pct(leakFree(total))}`;
  });
  console.log(`| all (micro) | | ${micro.join(' | ')} |`);
  console.log(`\nDistractors touched by any redaction (touched / total):\n`);
  console.log(`| kind | ${results.map((r) => r.system.name).join(' | ')} |`);
  console.log(`| --- | ${results.map(() => '---:').join(' | ')} |`);
  for (const kind of Object.keys(results[0]!.scores.distractors).sort()) {
    console.log(`| ${kind} | ${results.map((r) => { const [t, n] = r.scores.distractors[kind] ?? [0, 0]; return `${t} / ${n}`; }).join(' | ')} |`);
  }
  console.log(`\nThroughput (best of 3 passes, one core): ${results.map((r) => `${r.system.name} ${Math.round(r.perSecond).toLocaleString('en-US')} utterances/s (${r.mbPerSecond.toFixed(2)} MB/s)`).join('; ')}`);
}

const cost = measureCallCost();
console.log(
  `\n### Ingest cost\n\nredactCall on 100 demo calls (${cost.utterancesPerCall.toFixed(0)} utterances each, with word timings, ASR noise): ` +
    `${cost.msPerCall.toFixed(2)} ms per call (${Math.round(cost.callsPerSecond).toLocaleString('en-US')} calls/s on one core); ` +
    `${cost.redactionsPerCall.toFixed(2)} redactions per call (the demo's verification turns carry synthetic emails, birth dates and addresses).`,
);

if (process.env['REDACTION_BENCH_ERRORS']) {
  // Dev-split error listing for tuning (never used on the test split).
  const [, dev] = ALL_SPLITS[0]!;
  let shown = 0;
  for (const ex of dev) {
    const predicted = undertone.predict(ex.text, ex.previous);
    const s = score([ex], [predicted]);
    const bad = Object.values(s.categories).some((c) => c.found < c.gold || c.correct < c.predicted) || Object.values(s.distractors).some(([t]) => t > 0);
    if (bad && shown++ < Number(process.env['REDACTION_BENCH_ERRORS'])) {
      console.log(`\n[${ex.template}] prev=${JSON.stringify(ex.previous ?? '')}\n  text=${JSON.stringify(ex.text)}\n  gold=${JSON.stringify(ex.spans.map((g) => [g.category, ex.text.slice(g.start, g.end)]))}\n  got =${JSON.stringify(predicted.map((p) => [p.category, ex.text.slice(p.start, p.end)]))}`);
    }
  }
}
