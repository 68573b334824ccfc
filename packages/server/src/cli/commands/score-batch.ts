import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import {
  analyzeCall,
  DEFAULT_RUBRICS,
  importTranscript,
  defaultPolicies,
  evaluateCallPolicies,
  isUndertoneError,
  parsePolicies,
  parseRubric,
  reviewAgents,
  scoreCall,
  selectRubric,
  UndertoneError,
  type AgentReview,
  type Issue,
  type Policies,
  type ReviewedCall,
  type Rubric,
} from '@undertone/core';
import { EXIT } from '../command.js';

const MAX_CALL_BYTES = 20 * 1024 * 1024;

const HELP = `Usage: undertone score-batch <dir> [options]

Score every call in a folder against its rubric, evaluate flag policies, find cross-call patterns per agent
(in call time order) and print the coaching sessions left after the rate limit.

Options:
  --policies FILE   flag policies (YAML or JSON); default: the shipped policies
  --rubric FILE     a rubric (YAML or JSON); repeatable; tried before the shipped rubrics, matched by call type
  --now ISO         the evaluation time for time windows (default: the latest call's start time)
  --json            print exactly one JSON document on stdout
  -h, --help        show this help

Files that cannot be read or imported are listed with the reason and skipped. Metadata sidecars (*.meta.json, *.csv)
and dotfiles are not treated as calls.
Exit codes: 0 ok, 2 bad input (bad folder, policies or rubric file), 1 internal error.`;

interface BadFile { file: string; reason: string }

interface BatchConfig { policies: Policies; rubrics: Rubric[] }

export async function run(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        policies: { type: 'string' },
        rubric: { type: 'string', multiple: true },
        now: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return fail(`undertone score-batch: ${(e as Error).message}. Run \`undertone score-batch --help\`.`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) return fail(`undertone score-batch: expected exactly one folder, got ${positionals.length}. Run \`undertone score-batch --help\`.`);
  if (values.now !== undefined && Number.isNaN(Date.parse(values.now))) {
    return fail(`undertone score-batch: --now "${values.now}" is not an ISO date-time such as 2026-11-24T12:00:00Z`);
  }

  const config = await loadConfig(values.policies, values.rubric ?? []);
  if (config instanceof UndertoneError) return fail(config.describe());
  const files = await listCallFiles(positionals[0]!);
  if (files instanceof Error) return fail(files.message);

  const { calls, bad } = await scoreFiles(files, config);
  const now = values.now ?? latestStart(calls) ?? new Date(0).toISOString();
  const agents = reviewAgents(calls, config.policies, now);
  if (values.json) {
    process.stdout.write(JSON.stringify({ now, folder: positionals[0], calls: calls.length, badFiles: bad, agents }) + '\n');
  } else {
    process.stdout.write(renderBatch(agents, bad, now, calls.length) + '\n');
  }
  return EXIT.ok;
}

/** Every config file is read and checked before any call is scored; all problems come back in one error. */
async function loadConfig(policiesFile: string | undefined, rubricFiles: string[]): Promise<BatchConfig | UndertoneError> {
  const issues: Issue[] = [];
  const collect = <T>(file: string, parse: (text: string) => T, text: string | Error): T | undefined => {
    if (text instanceof Error) {
      issues.push({ where: file, message: text.message });
      return undefined;
    }
    try {
      return parse(text);
    } catch (e) {
      if (!isUndertoneError(e)) throw e;
      issues.push(...(e.issues.length > 0 ? e.issues : [{ where: '$', message: e.message }]).map((i) => ({ where: `${file} ${i.where}`, message: i.message })));
      return undefined;
    }
  };
  const policies = policiesFile === undefined ? defaultPolicies() : collect(policiesFile, (t) => parsePolicies(t, policiesFile), await readText(policiesFile));
  const rubrics: Rubric[] = [];
  for (const file of rubricFiles) {
    const rubric = collect(file, (t) => parseRubric(t, file), await readText(file));
    if (rubric) rubrics.push(rubric);
  }
  if (issues.length > 0 || !policies) {
    return new UndertoneError('INVALID_CONFIG', `configuration has ${issues.length} problem${issues.length === 1 ? '' : 's'}; fix each one listed and retry (no call was scored)`, { issues });
  }
  return { policies, rubrics: [...rubrics, ...DEFAULT_RUBRICS] };
}

async function readText(file: string): Promise<string | Error> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    return new Error(`cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path`);
  }
}

async function listCallFiles(dir: string): Promise<string[] | Error> {
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && !e.name.startsWith('.') && !/\.meta\.json$|\.csv$/i.test(e.name))
      .map((e) => join(dir, e.name))
      .sort();
  } catch (e) {
    return new Error(`undertone score-batch: cannot read folder "${dir}" (${(e as NodeJS.ErrnoException).code ?? 'error'}); pass a folder of transcripts`);
  }
}

async function scoreFiles(files: string[], config: BatchConfig): Promise<{ calls: ReviewedCall[]; bad: BadFile[] }> {
  const progress = startProgress(files.length);
  const calls: ReviewedCall[] = [];
  const bad: BadFile[] = [];
  for (const file of files) {
    try {
      const { call } = importTranscript(await readCallBytes(file), { source: file, maxBytes: MAX_CALL_BYTES });
      const analysis = analyzeCall(call);
      const rubric = selectRubric(call.callType, config.rubrics);
      if (rubric) analysis.scorecard = scoreCall(analysis, rubric);
      const flags = evaluateCallPolicies(analysis, config.policies);
      analysis.flags = flags;
      calls.push({ analysis, flags, startedAt: call.startedAt ?? (await fileTime(file)) });
    } catch (e) {
      bad.push({ file, reason: badFileReason(e) });
    }
    progress.tick();
  }
  progress.stop();
  return { calls, bad };
}

function badFileReason(e: unknown): string {
  if (!isUndertoneError(e)) return `internal error: ${e instanceof Error ? e.message : String(e)}`;
  return [e.message, ...e.issues.map((i) => `at ${i.where}: ${i.message}`)].join('; ');
}

async function readCallBytes(file: string): Promise<Uint8Array> {
  const size = (await stat(file)).size;
  if (size > MAX_CALL_BYTES) throw new UndertoneError('TOO_LARGE', `file is ${size} bytes, over the ${MAX_CALL_BYTES}-byte limit`, { source: file });
  return new Uint8Array(await readFile(file));
}

/** A call without a start time is placed at its file's modification time. */
async function fileTime(file: string): Promise<string> {
  return (await stat(file)).mtime.toISOString();
}

function latestStart(calls: ReviewedCall[]): string | undefined {
  return calls.map((c) => c.startedAt).sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1);
}

/** A bar when stderr is a terminal; otherwise a line every 10% so logs show the run is alive. */
function startProgress(total: number): { tick(): void; stop(): void } {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: 'scoring {bar} {value}/{total} calls | eta {eta_formatted}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { tick: () => bar.increment(), stop: () => bar.stop() };
  }
  const step = Math.max(1, Math.ceil(total / 10));
  let done = 0;
  return {
    tick: () => {
      done++;
      if (total >= 20 && (done % step === 0 || done === total)) process.stderr.write(`scoring: ${done}/${total} calls\n`);
    },
    stop: () => undefined,
  };
}

function renderBatch(agents: AgentReview[], bad: BadFile[], now: string, scored: number): string {
  const lines = [`Scored ${scored} call${scored === 1 ? '' : 's'} for ${agents.length} agent${agents.length === 1 ? '' : 's'} (windows end ${now})`];
  for (const agent of agents) {
    lines.push('', `Agent ${agent.agentId}: ${agent.calls.length} calls, mean score ${agent.meanScore ?? '-'}`);
    for (const call of agent.calls) {
      const kinds = call.flags.map((f) => (f.policy.startsWith(`${f.kind}:`) ? f.policy : `${f.kind}:${f.policy}`)).join(', ') || '-';
      lines.push(`  ${call.startedAt.slice(0, 16).replace('T', ' ')}  ${call.callId.padEnd(14)} ${(call.overall?.toFixed(1) ?? '-').padStart(5)}  ${call.bucket.padEnd(17)} ${truncate(kinds, 70)}`);
    }
    const compliance = agent.calls.flatMap((c) => c.flags.filter((f) => f.kind === 'compliance').map((f) => `${c.callId}: ${f.reason}`));
    if (compliance.length > 0) lines.push('  Compliance (immediate review):', ...compliance.map((c) => `    ${truncate(c, 110)}`));
    if (agent.patterns.length > 0) lines.push('  Patterns:', ...agent.patterns.map((p) => `    ${p.kind.padEnd(22)} ${truncate(p.reason, 90)}`));
    const recurring = agent.issues.filter((i) => i.recurrence === 'recurring').map((i) => `${i.key} (${i.occurrences}x)`);
    const oneOff = agent.issues.filter((i) => i.recurrence === 'one_off').map((i) => i.key);
    if (recurring.length > 0) lines.push(`  Recurring: ${recurring.join(', ')}`);
    if (oneOff.length > 0) lines.push(`  One-off: ${oneOff.join(', ')}`);
    if (agent.sessions.length > 0) {
      lines.push(`  Coaching sessions (${agent.mergedTriggers} trigger${agent.mergedTriggers === 1 ? '' : 's'} merged by the rate limit):`);
      for (const s of agent.sessions) {
        lines.push(`    opens ${s.opensAt.slice(0, 16).replace('T', ' ')}  ${s.triggerIds.length} trigger${s.triggerIds.length === 1 ? '' : 's'}, calls ${s.callIds.join(', ')}`);
        for (const reason of s.reasons.slice(0, 3)) lines.push(`      - ${truncate(reason, 100)}`);
        if (s.reasons.length > 3) lines.push(`      - and ${s.reasons.length - 3} more`);
      }
    }
    const kudos = agent.calls.flatMap((c) => c.flags.filter((f) => f.kind === 'kudos').map((f) => `${c.callId}: ${f.reason}`));
    if (kudos.length > 0) lines.push('  Kudos:', ...kudos.map((k) => `    ${truncate(k, 110)}`));
  }
  if (bad.length > 0) {
    lines.push('', `Skipped ${bad.length} file${bad.length === 1 ? '' : 's'}:`);
    for (const b of bad) lines.push(`  ${b.file}: ${truncate(b.reason, 140)}`);
  }
  return lines.join('\n');
}

function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function fail(message: string): number {
  process.stderr.write(message + '\n');
  return EXIT.badInput;
}

