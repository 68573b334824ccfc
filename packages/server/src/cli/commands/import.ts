import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import { loadConfigOrReport } from '../../config/load-config-or-report.js';
import { openScoringPlatform } from '../../pipeline/open-scoring-platform.js';
import { importFiles, type FileImportResult } from '../../pipeline/import-files.js';
import { EXIT } from '../command.js';

const HELP = `Usage: undertone import <dir|files...> [options]

Stores transcripts and queues their analysis. Folders are read recursively (hidden files skipped).
Re-running is safe: calls already stored are counted as duplicates and skipped.

Options:
  --format F      force the transcript format (default: detected per file)
  --meta FILE     JSON object of metadata added to every imported call
  --analyze       also analyze the imported calls before exiting (runs a worker in this process)
  --json          print the summary as JSON on stdout
  --config FILE   config file (.json or .yaml); environment variables override it
  -h, --help      show this help

Without --analyze, calls are analyzed by the server's workers or \`undertone worker\`.
Calls are redacted before they are stored (card numbers, SSNs, bank details, emails, phones, addresses, dates
of birth); the config's redaction section or UNDERTONE_REDACTION=off|card,ssn,... chooses what (docs/redaction.md).
The embedded database belongs to one process at a time: stop the server before importing into it.
Progress goes to stderr. Exit codes: 0 every file imported or already there, 2 some rejected or conflicting, 1 internal error.`;

/** Files read and ingested at once: their writes share transactions (group commit), on either database. */
const IMPORT_LANES = 16;

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { format: { type: 'string' }, meta: { type: 'string' }, json: { type: 'boolean' }, analyze: { type: 'boolean' }, config: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    return fail(`${(e as Error).message}. Run \`undertone import --help\`.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) return fail('pass a folder or transcript files to import. Run `undertone import --help`.');
  const metadata = values.meta ? await readMetadata(values.meta) : undefined;
  if (metadata instanceof Error) return fail(metadata.message);
  const files = await expandPaths(positionals);
  if (files instanceof Error) return fail(files.message);
  const config = loadConfigOrReport(process.env, values.config);
  if (!config) return EXIT.badInput;

  const platform = await openScoringPlatform(config, { supervise: values.analyze === true });
  try {
    const progress = createProgress(files.length);
    const results = await importFiles({ ...platform, importTranscript: platform.steps.importTranscript, writer: platform.callWriter }, files, {
      ...(values.format ? { format: values.format } : {}),
      ...(metadata ? { metadata } : {}),
      concurrency: IMPORT_LANES,
      onResult: () => progress.tick(),
    });
    progress.done();
    if (values.analyze) {
      process.stderr.write('analyzing the imported calls\n');
      const worker = platform.startWorker();
      await worker.idle();
    }
    printSummary(results, values.json === true);
    return results.some((r) => r.status === 'rejected' || r.status === 'conflict') ? EXIT.badInput : EXIT.ok;
  } finally {
    await platform.close();
  }
}

function fail(message: string): number {
  process.stderr.write(`undertone import: ${message}\n`);
  return EXIT.badInput;
}

async function readMetadata(file: string): Promise<Record<string, unknown> | Error> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
    return new Error(`--meta ${file}: expected a JSON object of metadata fields`);
  } catch (e) {
    return new Error(`--meta ${file}: ${(e as Error).message}`);
  }
}

async function expandPaths(paths: string[]): Promise<string[] | Error> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch {
      return new Error(`${path}: no such file or folder`);
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true, withFileTypes: true });
    const inFolder = entries
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => join(e.parentPath, e.name))
      .filter((p) => !p.slice(path.length).split(/[\\/]/).some((part) => part.startsWith('.')));
    files.push(...inFolder.sort());
  }
  return files;
}

/** A bar on a terminal; elsewhere (CI, pipes) a line every 5% so logs stay readable. */
function createProgress(total: number): { tick(): void; done(): void } {
  let count = 0;
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} files' }, cliProgress.Presets.shades_classic);
    bar.start(total, 0);
    return { tick: () => bar.update(++count), done: () => bar.stop() };
  }
  const step = Math.max(1, Math.ceil(total / 20));
  return {
    tick: () => {
      count++;
      if (count % step === 0 || count === total) process.stderr.write(`imported ${count}/${total} files\n`);
    },
    done: () => undefined,
  };
}

function printSummary(results: FileImportResult[], json: boolean): void {
  const count = (s: FileImportResult['status']) => results.filter((r) => r.status === s).length;
  const summary = { imported: count('imported'), duplicates: count('duplicate'), conflicts: count('conflict'), rejected: count('rejected'), files: results };
  if (json) {
    process.stdout.write(JSON.stringify(summary, null, 2) + '\n');
    return;
  }
  const lines = [`imported ${summary.imported}, duplicates ${summary.duplicates}, conflicts ${summary.conflicts}, rejected ${summary.rejected}`];
  for (const r of results.filter((x) => x.status === 'rejected' || x.status === 'conflict')) lines.push(`  ${r.status}: ${r.reason ?? r.file}`);
  process.stdout.write(lines.join('\n') + '\n');
}
