import { parseArgs } from 'node:util';
import { loadConfigOrReport } from '../../config/load-config-or-report.js';
import { openScoringPlatform } from '../../pipeline/open-scoring-platform.js';
import { reanalyzeOutdated } from '../../pipeline/reanalyze-outdated.js';
import { EXIT } from '../command.js';

const HELP = `Usage: undertone reanalyze --outdated [options]

Queues a fresh analysis of every stored call whose latest analysis came from another engine version (after an
upgrade, or after changing analysis.learnedBehaviors). Each replaces the stored analysis when it runs. Safe to run
again: calls already on this engine version are skipped. One call: POST /api/v1/calls/{id}/reanalyze.

Options:
  --outdated      required: re-analyze the calls analyzed by another engine version
  --analyze       also run the analyses before exiting (runs a worker in this process)
  --config FILE   config file (.json or .yaml); environment variables override it
  -h, --help      show this help

Without --analyze, the server's workers or \`undertone worker\` run them. The embedded database belongs to one
process at a time: stop the server before running this against it.`;

export async function run(args: string[]): Promise<number> {
  let values: { outdated?: boolean; analyze?: boolean; config?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: { outdated: { type: 'boolean' }, analyze: { type: 'boolean' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    process.stderr.write(`undertone reanalyze: ${(e as Error).message}. Run \`undertone reanalyze --help\`.\n`);
    return EXIT.badInput;
  }
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (!values.outdated) {
    process.stderr.write('undertone reanalyze: pass --outdated to re-analyze the calls analyzed by another engine version. Run `undertone reanalyze --help`.\n');
    return EXIT.badInput;
  }
  const config = loadConfigOrReport(process.env, values.config);
  if (!config) return EXIT.badInput;
  const platform = await openScoringPlatform(config, { supervise: values.analyze === true });
  try {
    const engineVersion = platform.steps.engineVersion;
    const queued = await reanalyzeOutdated(platform, engineVersion, { onBatch: (n) => process.stderr.write(`queued ${n} call(s)\n`) });
    process.stderr.write(queued === 0 ? `every analyzed call is on engine ${engineVersion}\n` : `queued ${queued} call(s) for re-analysis with engine ${engineVersion}\n`);
    if (values.analyze && queued > 0) {
      process.stderr.write('analyzing\n');
      const worker = platform.startWorker();
      await worker.idle();
    }
    return EXIT.ok;
  } finally {
    await platform.close();
  }
}
