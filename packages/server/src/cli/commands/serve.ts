import { parseArgs } from 'node:util';
import type { Config } from '../../config/config-schema.js';
import { loadConfigOrReport } from '../../config/load-config-or-report.js';
import { generateContactCenter } from '@undertone/core';
import { DEMO_PASSWORD, demoAccounts, ensureDemoAccounts, ensureFirstAdmin } from '../../auth/bootstrap-accounts.js';
import { databaseIsEmpty } from '../../demo-load/database-is-empty.js';
import { demoProgress } from '../../demo-load/demo-progress.js';
import { DEMO_SEED, loadDemo } from '../../demo-load/load-demo.js';
import { watchDropFolder, type RunningDropFolder } from '../../drop-folder/watch-drop-folder.js';
import { apiDepsFromPlatform, type ApiDeps } from '../../http/api-deps.js';
import { createApp } from '../../http/app.js';
import { startHttpServer } from '../../http/start-http-server.js';
import { openScoringPlatform } from '../../pipeline/open-scoring-platform.js';
import type { Platform } from '../../pipeline/platform.js';
import type { RunningWorker } from '../../pipeline/run-analysis-worker.js';
import { EXIT } from '../command.js';

const HELP = `Usage: undertone serve [--demo] [--port N] [--host H] [--config FILE]

Starts the HTTP API and the web dashboard (at /) with analysis workers in the same process, their analysis
in worker.analysisThreads threads (UNDERTONE_ANALYSIS_THREADS; default: cores less one). Without
DATABASE_URL the data lives in an embedded database in ./.undertone-data (UNDERTONE_DATA_DIR).
SIGINT/SIGTERM stop it cleanly.

Options:
  --demo           on an empty database, load a demo contact center (teams, agents, 60 days of calls)
  --port N         port to listen on (default: server.port, PORT, 3000; 0 picks a free port)
  --host H         address to bind (default: server.host, HOST, 127.0.0.1)
  --config FILE    config file (.json or .yaml); environment variables override it
  -h, --help       show this help

Also read from the config: UNDERTONE_WEBHOOK_SECRETS (comma-separated) enables /api/v1/webhooks/{source};
UNDERTONE_DROP_DIR names a folder whose files are imported (originals kept in processed/, or deleted with
UNDERTONE_DROP_DELETE_PROCESSED=on); the auth section sets session lifetimes,
cookie security and rate limits (docs/security.md). SIGHUP re-reads the config's webhook secrets, so a
secret is rotated without a restart: list old and new, move the senders, drop the old, SIGHUP each time.

Accounts: when no admin exists, an "admin" account is created and its random password printed once to
stderr with the URL. With --demo, four demo accounts (demo-admin, demo-qa, demo-supervisor, demo-agent)
with the password "${DEMO_PASSWORD}" are created and listed at start.

Every ingested call is redacted before it is stored: card numbers, SSNs, bank details, emails, phones,
addresses, dates of birth (UNDERTONE_REDACTION=off|card,ssn,...; docs/redaction.md).`;

export async function run(args: string[]): Promise<number> {
  let values: { demo?: boolean; port?: string; host?: string; config?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: { demo: { type: 'boolean' }, port: { type: 'string' }, host: { type: 'string' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (e) {
    process.stderr.write(`undertone serve: ${(e as Error).message}. Run \`undertone serve --help\`.\n`);
    return EXIT.badInput;
  }
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535)) {
    process.stderr.write(`undertone serve: --port must be a whole number from 0 to 65535, got "${values.port}"\n`);
    return EXIT.badInput;
  }
  const loaded = loadConfigOrReport(process.env, values.config);
  if (!loaded) return EXIT.badInput;
  const config: Config = { ...loaded, server: { host: values.host ?? loaded.server.host, port: port ?? loaded.server.port } };
  return serve(config, values.demo === true || config.demo.enabled, values.config);
}

async function serve(config: Config, demo: boolean, configFile: string | undefined): Promise<number> {
  const log = (line: string) => process.stderr.write(line + '\n');
  const stopRequested = new AbortController();
  const stopped = new Promise<string>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve(signal));
  }).then((signal) => {
    stopRequested.abort();
    return signal;
  });

  const platform = await openScoringPlatform(config, { supervise: true, log });
  let worker: RunningWorker | undefined;
  let dropFolder: RunningDropFolder | undefined;
  let http: Awaited<ReturnType<typeof startHttpServer>> | undefined;
  try {
    const deps = apiDepsFromPlatform(platform, { webhookSecrets: config.intake.webhookSecrets, log, queueRunning: () => worker !== undefined || !config.worker.inProcess, auth: config.auth });
    reloadWebhookSecretsOnHangup(deps, configFile, log);
    if (demo) await createDemoAccounts(deps, config, platform.now(), log);
    const firstAdmin = await ensureFirstAdmin(deps.auth);
    http = await startHttpServer(createApp(deps, { version: platform.steps.engineVersion }), config.server);
    process.stdout.write(`Undertone is running at ${http.url}\n`);
    if (firstAdmin) {
      log(`undertone serve: created the first admin account. Sign in at ${http.url} as "${firstAdmin.username}" with the password ${firstAdmin.password}`);
      log('undertone serve: this password is shown only now: change it after signing in (POST /api/v1/auth/password), or reset it with `undertone users reset-password admin`');
    }
    if (config.worker.inProcess) worker = platform.startWorker();
    else log('undertone serve: analysis workers are off in this process (worker.inProcess=false); run `undertone worker`');
    // Decided before the drop folder starts, so files landing there never make the demo skip itself.
    const loadDemoNow = demo && (await demoWanted(platform, log));
    if (config.intake.dropDir) {
      dropFolder = await watchDropFolder(
        {
          calls: platform.calls,
          queue: platform.queue,
          importTranscript: platform.steps.importTranscript,
          now: platform.now,
          redaction: platform.redaction,
          writer: platform.callWriter,
          ...(platform.prepareCall ? { prepareCall: platform.prepareCall } : {}),
        },
        { dir: config.intake.dropDir, deleteProcessed: config.intake.deleteProcessed, log },
      );
      log(`undertone serve: watching ${config.intake.dropDir} for transcripts`);
    }
    if (loadDemoNow) await loadDemoData(platform, config, stopRequested.signal, log);
    const signal = await stopped;
    log(`undertone serve: ${signal} received, stopping`);
    return EXIT.ok;
  } finally {
    await dropFolder?.stop();
    await http?.close();
    await worker?.stop();
    await platform.close();
  }
}

/**
 * SIGHUP re-reads the config and swaps the active webhook secrets in place: rotation without a restart.
 * A config with problems is reported and the current secrets stay.
 */
function reloadWebhookSecretsOnHangup(deps: ApiDeps, configFile: string | undefined, log: (line: string) => void): void {
  process.on('SIGHUP', () => {
    const reloaded = loadConfigOrReport(process.env, configFile);
    if (!reloaded) return log('undertone serve: SIGHUP: the config has problems (above); the webhook secrets are unchanged');
    deps.webhookSecrets = reloaded.intake.webhookSecrets;
    log(`undertone serve: SIGHUP: ${deps.webhookSecrets.length} webhook secret(s) active`);
  });
}

/** One demo account per role, the supervisor on the demo's first team and the agent its first agent. */
async function createDemoAccounts(deps: ApiDeps, config: Config, now: Date, log: (line: string) => void): Promise<void> {
  const shape = { days: config.demo.days, teams: config.demo.teams, agentsPerTeam: config.demo.agentsPerTeam };
  const center = generateContactCenter({ seed: DEMO_SEED, now: now.toISOString(), ...shape });
  const team = center.teams[0]!;
  const agent = center.agents.find((a) => a.team === team.id)!;
  const accounts = await ensureDemoAccounts(deps.auth, demoAccounts(team.id, agent.id));
  log(`undertone serve: demo accounts (password "${DEMO_PASSWORD}"):`);
  for (const a of accounts) {
    const scope = a.teams ? ` (team ${team.name})` : a.agentId ? ` (agent ${agent.name}, ${agent.id})` : '';
    log(`  ${a.username.padEnd(16)} ${a.role}${scope}`);
  }
}

async function demoWanted(platform: Platform, log: (line: string) => void): Promise<boolean> {
  if (await databaseIsEmpty(platform.database.db)) return true;
  log('undertone serve: the database already holds calls, so the demo data is not loaded again');
  return false;
}

async function loadDemoData(platform: Platform, config: Config, signal: AbortSignal, log: (line: string) => void): Promise<void> {
  const progress = demoProgress();
  const result = await loadDemo(
    { db: platform.database.db, queue: platform.queue },
    { now: platform.now(), shape: { days: config.demo.days, teams: config.demo.teams, agentsPerTeam: config.demo.agentsPerTeam }, onProgress: progress.update, signal },
  );
  progress.done();
  log(`undertone serve: demo loaded: ${result.loaded} calls for ${result.agents} agents in ${result.teams} teams in ${(result.elapsedMs / 1000).toFixed(1)} s; analysis continues in the background`);
}
