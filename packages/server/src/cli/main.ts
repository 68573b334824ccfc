#!/usr/bin/env node
/**
 * The `undertone` CLI. Each command lives in its own module and is imported only when run,
 * so a command loads just what it needs (`undertone sentiment` must start fast).
 */
import { EXIT, type CommandModule } from './command.js';

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  'import-check': { summary: 'validate transcript files and print what was detected', load: () => import('./commands/import-check.js') },
  analyze: { summary: 'analyze one call and print the report (or --json)', load: () => import('./commands/analyze.js') },
  sentiment: { summary: 'score JSONL {"id","text","speaker"?} from stdin to JSONL on stdout', load: () => import('./sentiment-bundle.js').then((m) => m.loadSentimentCommand()) },
  'score-batch': { summary: 'score a folder of calls, flag them, find patterns per agent, rate-limit coaching', load: () => import('./commands/score-batch.js') },
  import: { summary: 'store transcript files or folders and queue their analysis', load: () => import('./commands/import.js') },
  migrate: { summary: 'apply pending database migrations', load: () => import('./commands/migrate.js') },
  reanalyze: { summary: 'queue a fresh analysis of the calls analyzed by another engine version (--outdated)', load: () => import('./commands/reanalyze.js') },
  worker: { summary: 'run analysis jobs (several processes can share one PostgreSQL)', load: () => import('./commands/worker.js') },
  users: { summary: 'add, list and reset-password for local accounts', load: () => import('./commands/users.js') },
  tokens: { summary: 'create, list and revoke API tokens for integrations', load: () => import('./commands/tokens.js') },
  serve: { summary: 'start the HTTP API and dashboard with in-process workers (--demo loads a demo contact center)', load: () => import('./commands/serve.js') },
};

export function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return [
    'Usage: undertone <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Run `undertone <command> --help` for a command\'s options.',
    'Exit codes: 0 ok, 2 bad input, 1 internal error.',
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage() + '\n');
    return name ? EXIT.ok : EXIT.badInput;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`undertone: unknown command "${name}"\n\n${usage()}\n`);
    return EXIT.badInput;
  }
  const mod = await command.load();
  return mod.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`undertone: internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exitCode = EXIT.internal;
  },
);
