import { analyzeCall, isUndertoneError } from '@undertone/core';
import { parseCommandArgs, parseFormat } from '../args.js';
import { EXIT } from '../command.js';
import { loadCallFile } from '../load-call.js';
import { renderReport } from '../report/render-report.js';

const HELP = `Usage: undertone analyze <file> [options]

Analyze one call transcript and print the report.

Options:
  --format F          force the transcript format (default: detected)
  --meta FILE         metadata sidecar (.json) or CSV row (.csv): agent id, queue, call type, outcome
  --agent-speaker S   which source speaker label is the agent (e.g. spk_0, A, 1, "Jane Doe")
  --json              print exactly one JSON document on stdout and nothing else
  --width N           sparkline width in the human report (default 60)
  -h, --help          show this help

Exit codes: 0 ok, 2 bad input, 1 internal error.`;

export async function run(args: string[]): Promise<number> {
  const parsed = parseCommandArgs('analyze', args, {
    format: { type: 'string' },
    meta: { type: 'string' },
    'agent-speaker': { type: 'string' },
    json: { type: 'boolean' },
    width: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (!parsed.ok) return fail(parsed.error);
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (positionals.length !== 1) return fail(`undertone analyze: expected exactly one transcript file, got ${positionals.length}. Run \`undertone analyze --help\`.`);
  const format = parseFormat('analyze', values.format);
  if (format instanceof Error) return fail(format.message);
  const width = values.width === undefined ? 60 : Number(values.width);
  if (!Number.isInteger(width) || width < 10 || width > 400) return fail(`undertone analyze: --width must be an integer between 10 and 400, got "${values.width}"`);

  try {
    const file = positionals[0]!;
    const { call, provenance } = await loadCallFile(file, {
      ...(format ? { format } : {}),
      ...(values.meta ? { metaFile: values.meta } : {}),
      ...(values['agent-speaker'] ? { agentSpeaker: values['agent-speaker'] } : {}),
    });
    const analysis = analyzeCall(call);
    if (values.json) {
      process.stdout.write(JSON.stringify({ ...analysis, provenance }) + '\n');
    } else {
      process.stdout.write(renderReport(analysis, provenance, { width, color: process.stdout.isTTY === true }) + '\n');
    }
    return EXIT.ok;
  } catch (e) {
    if (isUndertoneError(e)) return fail(e.describe());
    throw e;
  }
}

function fail(message: string): number {
  process.stderr.write(message + '\n');
  return EXIT.badInput;
}
