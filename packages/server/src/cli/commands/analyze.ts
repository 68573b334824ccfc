import { readFile } from 'node:fs/promises';
import {
  analyzeCall,
  defaultPolicies,
  DEFAULT_RUBRICS,
  isUndertoneError,
  parsePolicies,
  parseRubric,
  redactCall,
  REDACTION_CATEGORIES,
  redactionCategorySchema,
  selectRubric,
  UndertoneError,
  type RedactionCategory,
  type Rubric,
} from '@undertone/core';
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
  --rubric FILE       score against this rubric (YAML or JSON); "default" picks the shipped rubric for the call type
  --policies FILE     flag policies (YAML or JSON) instead of the shipped defaults
  --redact            redact personal data before analyzing, as ingest does (docs/redaction.md); without it
                      the local report shows the transcript as it is (nothing is stored either way)
  --redact-categories L  redact only these (implies --redact), comma-separated from
                      ${REDACTION_CATEGORIES.join(',')}
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
    rubric: { type: 'string' },
    policies: { type: 'string' },
    redact: { type: 'boolean' },
    'redact-categories': { type: 'string' },
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
  const redactList = values['redact-categories'];
  const redact = redactList !== undefined ? parseRedactCategories(redactList) : values.redact ? [...REDACTION_CATEGORIES] : undefined;
  if (redact instanceof Error) return fail(redact.message);

  try {
    const file = positionals[0]!;
    const loaded = await loadCallFile(file, {
      ...(format ? { format } : {}),
      ...(values.meta ? { metaFile: values.meta } : {}),
      ...(values['agent-speaker'] ? { agentSpeaker: values['agent-speaker'] } : {}),
    });
    const { provenance } = loaded;
    const call = redact ? redactCall(loaded.call, { categories: redact }).call : loaded.call;
    const policies = values.policies ? parsePolicies(await readConfig(values.policies), values.policies) : defaultPolicies();
    const rubric = values.rubric ? await loadRubric(values.rubric, call.callType) : undefined;
    const analysis = analyzeCall(call, { policies, ...(rubric ? { rubric } : {}) });
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

async function loadRubric(file: string, callType: string | undefined): Promise<Rubric> {
  if (file === 'default') {
    const rubric = selectRubric(callType, DEFAULT_RUBRICS);
    if (!rubric) throw new UndertoneError('INVALID_CONFIG', `no shipped rubric fits call type "${callType ?? 'unknown'}"; pass --rubric FILE`);
    return rubric;
  }
  return parseRubric(await readConfig(file), file);
}

async function readConfig(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    throw new UndertoneError('INVALID_INPUT', `cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'}); check the path`, { source: file });
  }
}

/** `--redact-categories all` or a comma-separated list of categories. */
function parseRedactCategories(value: string): RedactionCategory[] | Error {
  if (value.trim() === 'all') return [...REDACTION_CATEGORIES];
  const categories: RedactionCategory[] = [];
  for (const item of value.split(',').map((s) => s.trim().toLowerCase()).filter((s) => s !== '')) {
    const parsed = redactionCategorySchema.safeParse(item);
    if (!parsed.success) return new Error(`undertone analyze: --redact-categories: unknown category "${item}"; expected all or a list from ${REDACTION_CATEGORIES.join(', ')}`);
    categories.push(parsed.data);
  }
  return categories;
}

function fail(message: string): number {
  process.stderr.write(message + '\n');
  return EXIT.badInput;
}
