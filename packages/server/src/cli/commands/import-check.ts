import { isUndertoneError, type ImportResult } from '@undertone/core';
import { parseCommandArgs, parseFormat } from '../args.js';
import { EXIT } from '../command.js';
import { loadCallFile } from '../load-call.js';
import { clock } from '../report/format.js';

const HELP = `Usage: undertone import-check <files...> [options]

Validate transcript files without storing anything, and print what was detected:
format, speakers and their roles, how the agent was identified, turn count, duration.

Options:
  --format F          force the transcript format (default: detected per file)
  --meta FILE         metadata sidecar (.json) or CSV (.csv, one row per call id)
  --agent-speaker S   which source speaker label is the agent
  --json              one JSON document: [{file, ok, ...}]
  -h, --help          show this help

Exit codes: 0 all files valid, 2 at least one file rejected, 1 internal error.`;

interface CheckResult {
  file: string;
  ok: boolean;
  format?: string;
  callId?: string;
  agentId?: string;
  speakers?: Record<string, string>;
  agentIdentification?: ImportResult['provenance']['agentIdentification'];
  turns?: number;
  durationMs?: number;
  warnings?: string[];
  error?: { code: string; message: string; issues: Array<{ where: string; message: string }> };
}

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('import-check', args, {
    format: { type: 'string' },
    meta: { type: 'string' },
    'agent-speaker': { type: 'string' },
    json: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail(parsed.error);
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length === 0) return fail('undertone import-check: pass one or more transcript files. Run `undertone import-check --help`.');
  const format = parseFormat('import-check', values.format);
  if (format instanceof Error) return fail(format.message);

  const results: CheckResult[] = [];
  for (const file of positionals) {
    try {
      const { call, provenance } = await loadCallFile(file, {
        ...(format ? { format } : {}),
        ...(values.meta ? { metaFile: values.meta } : {}),
        ...(values['agent-speaker'] ? { agentSpeaker: values['agent-speaker'] } : {}),
      });
      const durationMs = Math.max(call.durationMs ?? 0, ...call.utterances.map((u) => u.endMs));
      results.push({
        file, ok: true, format: provenance.format, callId: call.id, agentId: call.agent.id, speakers: provenance.speakerMap,
        agentIdentification: provenance.agentIdentification, turns: call.utterances.length, durationMs, warnings: provenance.warnings,
      });
    } catch (e) {
      if (!isUndertoneError(e)) throw e;
      results.push({ file, ok: false, error: { code: e.code, message: e.message, issues: e.issues } });
    }
  }
  if (values.json) process.stdout.write(JSON.stringify(results) + '\n');
  else process.stdout.write(results.map(describe).join('\n') + '\n');
  return results.every((r) => r.ok) ? EXIT.ok : EXIT.badInput;
}

function describe(r: CheckResult): string {
  if (!r.ok) {
    const issues = r.error!.issues.map((i) => `\n    at ${i.where}: ${i.message}`).join('');
    return `✗ ${r.file}\n    ${r.error!.code}: ${r.error!.message}${issues}`;
  }
  const speakers = Object.entries(r.speakers ?? {}).map(([label, role]) => `${label} → ${role}`).join(', ');
  const lines = [
    `✓ ${r.file}`,
    `    format ${r.format} · call ${r.callId} · agent ${r.agentId}`,
    `    speakers: ${speakers || 'none'}`,
    `    agent identified by ${r.agentIdentification!.method}: ${r.agentIdentification!.detail}`,
    `    ${r.turns} turns · ${clock(r.durationMs ?? 0)}`,
  ];
  for (const w of r.warnings ?? []) lines.push(`    warning: ${w}`);
  return lines.join('\n');
}

function fail(message: string): number {
  process.stderr.write(message + '\n');
  return EXIT.badInput;
}
