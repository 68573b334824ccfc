import { parseArgs } from 'node:util';
import { loadConfigOrReport } from '../../config/load-config-or-report.js';
import { analysisThreadCount } from '../../pipeline/analysis-threads/analysis-thread-pool.js';
import { openScoringPlatform } from '../../pipeline/open-scoring-platform.js';
import { EXIT } from '../command.js';

const HELP = `Usage: undertone worker [--concurrency N] [--config FILE]

Runs analysis jobs until stopped (SIGINT/SIGTERM finish the batch in hand first).
Start several against one PostgreSQL (DATABASE_URL); no call is analyzed twice.

Options:
  --concurrency N   jobs fetched and analyzed per batch (default: worker.concurrency, 20)
  --config FILE     config file (.json or .yaml); environment variables override it

The analysis runs in worker.analysisThreads threads (UNDERTONE_ANALYSIS_THREADS; default: cores less one,
at least 1; 0 keeps it on the main thread), the database work on the main thread. Several processes on one
machine share its cores: give each its share less one (0 with as many processes as cores).`;

export async function run(args: string[]): Promise<number> {
  let values: { concurrency?: string; config?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ args, options: { concurrency: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }));
  } catch (e) {
    process.stderr.write(`undertone worker: ${(e as Error).message}. Run \`undertone worker --help\`.\n`);
    return EXIT.badInput;
  }
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);
  if (concurrency !== undefined && !(Number.isInteger(concurrency) && concurrency >= 1 && concurrency <= 1000)) {
    process.stderr.write(`undertone worker: --concurrency must be a whole number from 1 to 1000, got "${values.concurrency}"\n`);
    return EXIT.badInput;
  }
  const config = loadConfigOrReport(process.env, values.config);
  if (!config) return EXIT.badInput;
  if (!config.database.url) {
    process.stderr.write('undertone worker: separate worker processes need PostgreSQL (set DATABASE_URL). With the embedded database, workers run inside the server process.\n');
    return EXIT.badInput;
  }
  const platform = await openScoringPlatform(config, { supervise: true });
  platform.startWorker(concurrency !== undefined ? { batchSize: concurrency } : {});
  const threads = analysisThreadCount(config.worker.analysisThreads);
  const analysis = threads === 0 ? 'analysis on the main thread' : `${threads} analysis thread${threads === 1 ? '' : 's'}`;
  process.stderr.write(`undertone worker: ready (batch size ${concurrency ?? config.worker.concurrency}, ${analysis})\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  process.stderr.write('undertone worker: stopping after the current batch\n');
  await platform.close();
  return EXIT.ok;
}
