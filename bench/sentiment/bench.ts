/**
 * `npm run bench:sentiment`: this engine, VADER and AFINN side by side on the sentiment dev sets, each run as a
 * whole process (JSONL in, JSONL out). Prints a table and the markdown for docs/benchmarks.md.
 * Data: ../shared/data/sentiment beside the repository, or $UNDERTONE_SENTIMENT_DATA.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectKind, refineLabelKind, type MetricResult } from './dataset-kinds.js';
import { runSystem, type SystemUnderTest } from './run-system.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dataDir = process.env.UNDERTONE_SENTIMENT_DATA ?? path.resolve(repoRoot, '../shared/data/sentiment');
const here = path.join(repoRoot, 'bench/sentiment');
/** Timed runs per system and dataset (UNDERTONE_BENCH_REPEAT, default 3); the fastest is reported. */
const REPEAT = Math.max(1, Number(process.env.UNDERTONE_BENCH_REPEAT ?? 3) || 1);

const SYSTEMS: SystemUnderTest[] = [
  { name: 'undertone', command: process.execPath, args: [path.join(repoRoot, 'packages/server/dist/cli/main.js'), 'sentiment'] },
  { name: 'vader', command: process.execPath, args: [path.join(here, 'peers/vader-stdin.cjs')] },
  { name: 'afinn', command: process.execPath, args: [path.join(here, 'peers/afinn-stdin.mjs')] },
];

interface DatasetResult {
  dataset: string;
  utterances: number;
  metrics: Array<{ metric: string; n: number; primary: boolean; values: number[] }>;
  seconds: number[];
  cpuSeconds: Array<number | undefined>;
}

async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(`No sentiment dev data at ${dataDir}; set UNDERTONE_SENTIMENT_DATA to the folder of *.jsonl files. Nothing to do.`);
    return;
  }
  if (!existsSync(path.join(repoRoot, 'packages/server/dist/cli/main.js'))) {
    console.error('The CLI is not built: run `npm run build` first (npm run bench:sentiment does).');
    process.exitCode = 1;
    return;
  }
  const only = process.argv[2];
  const files = readdirSync(dataDir).filter((f) => f.endsWith('.jsonl') && (!only || f.includes(only))).sort();
  const results: DatasetResult[] = [];
  for (const file of files) {
    const rows = readFileSync(path.join(dataDir, file), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
    if (rows.length === 0) continue;
    const kind = refineLabelKind(detectKind(rows[0]), rows);
    const inputs = kind.inputs(rows);
    const dataset = file.replace(/\.jsonl$/, '');
    const perSystem: MetricResult[][] = [];
    const seconds: number[] = [];
    const cpuSeconds: Array<number | undefined> = [];
    for (const system of SYSTEMS) {
      const run = await runSystem(system, inputs, repoRoot);
      let fastest = run.seconds;
      let leastCpu = run.cpuSeconds;
      // Other load on the machine only ever adds time, so the fastest of several runs is the fairest reading.
      for (let r = 1; r < REPEAT; r++) {
        const again = await runSystem(system, inputs, repoRoot);
        fastest = Math.min(fastest, again.seconds);
        if (again.cpuSeconds !== undefined && leastCpu !== undefined) leastCpu = Math.min(leastCpu, again.cpuSeconds);
      }
      perSystem.push(kind.evaluate(rows, run.predictions));
      seconds.push(fastest);
      cpuSeconds.push(leastCpu);
    }
    const metrics = perSystem[0]!.map((m, i) => ({ metric: m.metric, n: m.n, primary: m.primary, values: perSystem.map((s) => s[i]!.value) }));
    results.push({ dataset, utterances: inputs.length, metrics, seconds, cpuSeconds });
    console.error(`${dataset}: done`);
  }
  const markdown = toMarkdown(results);
  console.log(markdown);
  if (process.env.UNDERTONE_BENCH_OUT) writeFileSync(process.env.UNDERTONE_BENCH_OUT, markdown);
}

const fmt = (v: number): string => (Number.isNaN(v) ? 'n/a' : v.toFixed(3));
const rate = (n: number, s: number): string => `${s.toFixed(2)} s / ${Math.round(n / s).toLocaleString('en-US')}/s`;

function toMarkdown(results: DatasetResult[]): string {
  const names = SYSTEMS.map((s) => s.name);
  const lines = [
    `Primary metric per set in **bold**; Δ = undertone minus the better peer on that metric.`,
    '',
    `| dataset | metric | n | ${names.join(' | ')} | Δ vs best peer |`,
    `| --- | --- | ---: | ${names.map(() => '---:').join(' | ')} | ---: |`,
  ];
  for (const r of results) {
    for (const m of r.metrics) {
      const metric = m.primary ? `**${m.metric}**` : m.metric;
      const delta = m.values[0]! - Math.max(m.values[1]!, m.values[2]!);
      const deltaText = m.primary ? (delta >= 0 ? '+' : '') + delta.toFixed(4) : '';
      lines.push(`| ${r.dataset} | ${metric} | ${m.n} | ${m.values.map(fmt).join(' | ')} | ${deltaText} |`);
    }
  }
  lines.push('', `Throughput (whole process, wall clock, fastest of ${REPEAT} runs; seconds / utterances per second):`, '');
  lines.push(`| dataset | utterances fed | ${names.join(' | ')} |`, `| --- | ---: | ${names.map(() => '---:').join(' | ')} |`);
  const totals = names.map(() => 0);
  let totalUtterances = 0;
  for (const r of results) {
    lines.push(`| ${r.dataset} | ${r.utterances} | ${r.seconds.map((s) => rate(r.utterances, s)).join(' | ')} |`);
    r.seconds.forEach((s, i) => (totals[i]! += s));
    totalUtterances += r.utterances;
  }
  lines.push(`| **total** | ${totalUtterances} | ${totals.map((s) => rate(totalUtterances, s)).join(' | ')} |`);
  const speedup = totals[1]! / totals[0]!;
  lines.push('', `Wall clock: undertone throughput is ${speedup.toFixed(1)}x VADER's over the whole run.`);
  if (results.every((r) => r.cpuSeconds.every((c) => c !== undefined))) {
    lines.push('', 'CPU time of each process (user + system, least of the runs; seconds / utterances per CPU second):', '');
    lines.push(`| dataset | utterances fed | ${names.join(' | ')} |`, `| --- | ---: | ${names.map(() => '---:').join(' | ')} |`);
    const cpuTotals = names.map(() => 0);
    for (const r of results) {
      lines.push(`| ${r.dataset} | ${r.utterances} | ${r.cpuSeconds.map((s) => rate(r.utterances, s!)).join(' | ')} |`);
      r.cpuSeconds.forEach((s, i) => (cpuTotals[i]! += s!));
    }
    lines.push(`| **total** | ${totalUtterances} | ${cpuTotals.map((s) => rate(totalUtterances, s)).join(' | ')} |`);
    lines.push('', `CPU time: undertone throughput is ${(cpuTotals[1]! / cpuTotals[0]!).toFixed(1)}x VADER's over the whole run.`);
  }
  return lines.join('\n');
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
