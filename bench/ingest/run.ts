/**
 * `npm run bench:ingest`: sustained ingest + full analysis (calls/s) on the embedded database and on PostgreSQL
 * with 1 and 2 `undertone worker` processes, the same with analysis stubbed out (the platform's own cost), then
 * read latency at 100k stored calls: getCall / filtered listCalls on the use-cases and stores, and the dashboard
 * endpoints (sorted lists with totals, facets, agent insights, stage drops) through the HTTP app in process.
 * Env: BENCH_DATABASE_URL (a PostgreSQL server URL; default UNDERTONE_TEST_DATABASE_URL), BENCH_CALLS (default 600),
 * BENCH_STORED (default 100000, smaller for a smoke run), BENCH_READS_ONLY=1 (skip the ingest rows: seed 100k calls and measure the reads only; `npm run bench:reads`),
 * BENCH_SKIP_READS=1 (the ingest rows only), BENCH_EMBEDDED_ONLY=1 (skip the PostgreSQL rows), BENCH_LANES (concurrent ingest callers, each posting its next call as soon as
 * the previous one is stored: many telephony systems posting at once; default 16),
 * BENCH_THREADS (worker.analysisThreads of the in-process worker and the `undertone worker` processes; default: the config
 * default embedded, and each worker process's share of the cores less one: 1 thread for 1 process on 2 cores, 0 for 2).
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { configSchema, type Config } from '../../packages/server/src/config/config-schema.js';
import { analysisThreadCount } from '../../packages/server/src/pipeline/analysis-threads/analysis-thread-pool.js';
import { defaultSteps, shippedRules } from '../../packages/server/src/pipeline/default-steps.js';
import { openPlatform, type Platform } from '../../packages/server/src/pipeline/platform.js';
import { loadCallSource, templateCall, type MakeCall } from './call-source.js';
import { measurePipeline, REPO_ROOT, startWorkerProcesses, stopWorkerProcesses } from './measure-pipeline.js';
import { measureDashboardReads, type DashboardReads } from './measure-dashboard-reads.js';
import { measureReads, seedCalls, type Percentiles } from './measure-reads.js';
import { seedReadModel } from './seed-read-model.js';
import { stubAnalysis } from './stub-steps.js';

const CALLS = Number(process.env['BENCH_CALLS'] ?? 600);
const STORED = Number(process.env['BENCH_STORED'] ?? 100_000);
const SAMPLES = 300;
const READS_ONLY = process.env['BENCH_READS_ONLY'] === '1';
const SKIP_READS = process.env['BENCH_SKIP_READS'] === '1';
const EMBEDDED_ONLY = process.env['BENCH_EMBEDDED_ONLY'] === '1';
const LANES = process.env['BENCH_LANES'] ? Number(process.env['BENCH_LANES']) : undefined;
const EMBEDDED_LANES = LANES ?? 16;
const POSTGRES_LANES = LANES ?? 16;
const THREADS = process.env['BENCH_THREADS'] ? Number(process.env['BENCH_THREADS']) : undefined;
const BATCH = 50;
const workerConfig = { concurrency: BATCH, pollingIntervalSeconds: 0.1, ...(THREADS !== undefined ? { analysisThreads: THREADS } : {}) };
const adminUrl = process.env['BENCH_DATABASE_URL'] ?? process.env['UNDERTONE_TEST_DATABASE_URL'];
const log = (line: string) => process.stderr.write(`[bench:ingest] ${line}\n`);
const quiet = () => undefined;

interface Row {
  setup: string;
  callsPerSecond?: number;
  /** CPU time per call of the bench process and its worker processes (a PostgreSQL server's own CPU not included). */
  cpuMsPerCall?: number;
  getCall?: Percentiles;
  listCalls?: Percentiles;
  dashboard?: DashboardReads;
}

/** A warm-up, then `count` calls timed from the first ingest to the last analysis. */
async function pipelineRow(setup: string, platform: Platform, make: MakeCall, offset: { next: number }, count: number, lanes: number, workerPids: number[] = []): Promise<Row> {
  await measurePipeline(platform, make, { count: 100, offset: offset.next, ingestLanes: lanes, workerPids });
  offset.next += 100;
  const run = await measurePipeline(platform, make, { count, offset: offset.next, ingestLanes: lanes, workerPids });
  offset.next += count;
  log(`${setup}: ${run.callsPerSecond.toFixed(1)} calls/s (${count} calls in ${run.seconds.toFixed(1)} s), ${run.cpuMsPerCall.toFixed(1)} ms CPU per call`);
  return { setup, callsPerSecond: run.callsPerSecond, cpuMsPerCall: run.cpuMsPerCall };
}

async function readsRow(where: string, platform: Platform): Promise<Row> {
  const started = performance.now();
  const { seeded } = await seedCalls(platform, templateCall, STORED);
  const stored = Number((await sql<{ n: string }>`select count(*) as n from calls`.execute(platform.database.db)).rows[0]!.n);
  const setup = `${where} at ${stored.toLocaleString('en-US')} stored calls`;
  log(`${setup}: seeded ${seeded} calls in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  const modelStarted = performance.now();
  const model = await seedReadModel(platform, seeded);
  log(`${setup}: read model seeded (${model.inflections} inflections, ${model.criteria} criterion results) in ${((performance.now() - modelStarted) / 1000).toFixed(0)} s`);
  const reads = await measureReads(platform, seeded, SAMPLES);
  log(`${setup}: getCall p95 ${reads.getCall.p95.toFixed(1)} ms, listCalls p95 ${reads.listCalls.p95.toFixed(1)} ms`);
  const dashboard = await measureDashboardReads(platform, SAMPLES);
  log(`${setup}: dashboard p95 ${Object.entries(dashboard).map(([k, v]) => `${k} ${v.p95.toFixed(1)}`).join(', ')} ms`);
  return { setup, ...reads, dashboard };
}

/**
 * Analysis threads per `undertone worker` process: BENCH_THREADS when set, else what an operator should configure
 * for `processes` workers on this machine: each process's share of the cores less the one its main thread uses.
 */
function workerProcessThreads(processes: number): number {
  return THREADS ?? Math.max(0, Math.floor(cpus().length / processes) - 1);
}

async function embedded(make: MakeCall): Promise<Row[]> {
  const dir = mkdtempSync(join(tmpdir(), 'undertone-bench-'));
  const config = configSchema.parse({ database: { dataDir: join(dir, 'db') }, worker: workerConfig });
  const rows: Row[] = [];
  const offset = { next: 0 };
  const shipped = shippedRules();
  // Full analysis runs as `serve` runs it (core's steps, in analysis threads); stubbed steps stay on the main thread.
  const setups = [['full analysis', { rules: () => shipped }], ['analysis stubbed', { steps: stubAnalysis(defaultSteps()) }]] as const;
  for (const [label, steps] of READS_ONLY ? setups.slice(1) : setups) {
    const platform = await openPlatform(config, { ...steps, log: quiet });
    try {
      platform.startWorker();
      if (!READS_ONLY) rows.push(await pipelineRow(`embedded (PGlite), in-process worker, ${label}`, platform, make, offset, CALLS, EMBEDDED_LANES));
      if (label === 'analysis stubbed' && !SKIP_READS) rows.push(await readsRow('embedded (PGlite), reads', platform));
    } finally {
      await platform.close();
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return rows;
}

async function postgres(make: MakeCall): Promise<Row[]> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const name = `undertone_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`create database ${name}`);
  const url = new URL(adminUrl!);
  url.pathname = `/${name}`;
  const config: Config = configSchema.parse({ database: { url: url.toString(), poolSize: 10 }, worker: workerConfig });
  const rows: Row[] = [];
  const offset = { next: 0 };
  try {
    const platform = await openPlatform(config, { steps: defaultSteps(), log: quiet });
    try {
      for (const workers of READS_ONLY ? [] : [1, 2]) {
        const threads = workerProcessThreads(workers);
        const children = await startWorkerProcesses(workers, { ...config, worker: { ...config.worker, analysisThreads: threads } }, BATCH);
        try {
          const pids = children.map((c) => c.pid!);
          rows.push(await pipelineRow(`PostgreSQL 15, ${workers} \`undertone worker\` process${workers > 1 ? 'es' : ''} (${threads} analysis thread${threads === 1 ? '' : 's'} each), full analysis`, platform, make, offset, CALLS * 2, POSTGRES_LANES, pids));
        } finally {
          await stopWorkerProcesses(children);
        }
      }
    } finally {
      await platform.close();
    }
    const stubbed = await openPlatform(config, { steps: stubAnalysis(defaultSteps()), log: quiet });
    try {
      stubbed.startWorker();
      stubbed.startWorker();
      if (!READS_ONLY) rows.push(await pipelineRow('PostgreSQL 15, 2 in-process worker loops, analysis stubbed', stubbed, make, offset, CALLS * 2, POSTGRES_LANES));
      if (!SKIP_READS) rows.push(await readsRow('PostgreSQL 15, reads', stubbed));
    } finally {
      await stubbed.close();
    }
    return rows;
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}

const source = await loadCallSource();
const settings =
  `${EMBEDDED_LANES} ingest lanes embedded, ${POSTGRES_LANES} on PostgreSQL (concurrent callers, ingest group-commits their calls); worker batch ${BATCH}; ` +
  `${analysisThreadCount(THREADS)} analysis thread(s) in the embedded worker, ${workerProcessThreads(1)} / ${workerProcessThreads(2)} per \`undertone worker\` process with 1 / 2 processes`;
log(`calls from: ${source.name}; ${cpus().length} CPUs; load average ${loadavg()[0]!.toFixed(1)}`);
log(`settings: ${settings}`);
const rows: Row[] = await embedded(source.make);
if (adminUrl && !EMBEDDED_ONLY) rows.push(...(await postgres(source.make)));
else if (!EMBEDDED_ONLY) log('PostgreSQL skipped: set BENCH_DATABASE_URL (or UNDERTONE_TEST_DATABASE_URL) to a server URL');

const ms = (p?: Percentiles) => (p ? `${p.p50.toFixed(1)} / ${p.p95.toFixed(1)}` : '');
const table = [
  '| Setup | Ingest + analysis (calls/s) | CPU per call (ms) | getCall p50 / p95 (ms) | listCalls filtered p50 / p95 (ms) |',
  '|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.setup} | ${r.callsPerSecond ? r.callsPerSecond.toFixed(0) : ''} | ${r.cpuMsPerCall ? r.cpuMsPerCall.toFixed(1) : ''} | ${ms(r.getCall)} | ${ms(r.listCalls)} |`),
].join('\n');
const dashboardRows = rows.filter((r) => r.dashboard);
const dashboardTable = [
  '| Setup | sorted list, team + score filter | sorted list, no filter | facets | agent insights (12 weeks) | stage drops, team + 12 weeks | stage drops, all calls | agent list |',
  '|---|---|---|---|---|---|---|---|',
  ...dashboardRows.map((r) => {
    const d = r.dashboard!;
    return `| ${r.setup} | ${ms(d.sortedList)} | ${ms(d.sortedListUnfiltered)} | ${ms(d.facets)} | ${ms(d.agentInsights)} | ${ms(d.stageDropsTeam)} | ${ms(d.stageDropsAll)} | ${ms(d.agentList)} |`;
  }),
].join('\n');
process.stdout.write(`Calls: ${source.name}. Settings: ${settings}. Load average at the end: ${loadavg()[0]!.toFixed(1)}\n\n${table}\n\nDashboard reads, p50 / p95 (ms) per HTTP request:\n\n${dashboardTable}\n`);
mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
writeFileSync(join(REPO_ROOT, 'bench/results/ingest.json'), JSON.stringify({ calls: CALLS, stored: STORED, source: source.name, settings, loadAverage: loadavg(), rows }, null, 2));
