import { spawn, type ChildProcess } from 'node:child_process';
import type { Config } from '../../packages/server/src/config/config-schema.js';
import { ingestCall } from '../../packages/server/src/pipeline/ingest-call.js';
import type { Platform } from '../../packages/server/src/pipeline/platform.js';
import type { MakeCall } from './call-source.js';
import { cpuSeconds } from './cpu-time.js';

export const REPO_ROOT = new URL('../../', import.meta.url).pathname;

/**
 * Ingests `count` calls through the real use-case from `ingestLanes` concurrent callers while workers analyze them;
 * returns calls/s until the last is analyzed, and the CPU time per call of this process and `workerPids`.
 */
export async function measurePipeline(
  platform: Platform,
  make: MakeCall,
  opts: { count: number; offset: number; ingestLanes: number; workerPids?: number[] },
): Promise<{ seconds: number; callsPerSecond: number; cpuMsPerCall: number }> {
  const calls = Array.from({ length: opts.count }, (_, i) => make(opts.offset + i));
  const inputs = calls.map((c) => JSON.stringify(c));
  const deps = {
    calls: platform.calls,
    queue: platform.queue,
    importTranscript: platform.steps.importTranscript,
    now: () => new Date(),
    writer: platform.callWriter,
    ...(platform.prepareCall ? { prepareCall: platform.prepareCall } : {}),
  };
  const cpuBefore = cpuSeconds(opts.workerPids);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: opts.ingestLanes }, async () => {
      while (next < inputs.length) {
        const i = next++;
        const outcome = await ingestCall(deps, { input: inputs[i]!, source: 'bench' });
        if (outcome.status !== 'created') throw new Error(`bench call ${outcome.callId} was ${outcome.status}; start from an empty database`);
      }
    }),
  );
  while ((await platform.queue.countUnfinished()) > 0) await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  const cpuMsPerCall = ((cpuSeconds(opts.workerPids) - cpuBefore) * 1000) / opts.count;
  const analyzed = await platform.database.db
    .selectFrom('analyses')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('call_id', 'in', calls.map((c) => c.id).slice(0, 1000))
    .executeTakeFirstOrThrow();
  if (Number(analyzed.n) !== Math.min(1000, calls.length)) throw new Error(`only ${analyzed.n} of the first ${Math.min(1000, calls.length)} calls were analyzed`);
  return { seconds, callsPerSecond: opts.count / seconds, cpuMsPerCall };
}

/** Starts `undertone worker` processes and resolves once each says it is ready. */
export async function startWorkerProcesses(count: number, config: Config, batchSize: number): Promise<ChildProcess[]> {
  const children = Array.from({ length: count }, () =>
    spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/main.ts', 'worker', '--concurrency', String(batchSize)], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        DATABASE_URL: config.database.url!,
        UNDERTONE_WORKER_POLL_SECONDS: '0.5',
        ...(config.worker.analysisThreads !== undefined ? { UNDERTONE_ANALYSIS_THREADS: String(config.worker.analysisThreads) } : {}),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
  );
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve, reject) => {
          let stderr = '';
          child.stderr!.on('data', (d) => {
            stderr += String(d);
            if (stderr.includes('ready')) resolve();
          });
          child.on('exit', (code) => reject(new Error(`worker exited with ${code}: ${stderr}`)));
        }),
    ),
  );
  return children;
}

export async function stopWorkerProcesses(children: ChildProcess[]): Promise<void> {
  await Promise.all(children.map((c) => new Promise((resolve) => { c.removeAllListeners('exit'); c.on('exit', resolve); c.kill('SIGTERM'); })));
}
