import { setFlagsFromString } from 'node:v8';
// Deep imports: the core index pulls in zod and every importer, which would slow this command's start.
import { createLexiconSentimentEngine } from '@undertone/core/sentiment/lexicon-sentiment-engine';
import type { SentimentModel } from '@undertone/core/sentiment/sentiment-model';
import { EXIT } from '../command.js';
import { stdinChunks, writeStdout } from './blocking-stdio.js';
import { parseSentimentLine } from './sentiment-input.js';
import { readSentimentValences } from './sentiment-valences.js';

const HELP = `Usage: undertone sentiment [options] < input.jsonl > output.jsonl

Score utterances with the built-in sentiment engine.
Reads JSONL from stdin, one object per line: {"id": string|number, "text": string, "speaker"?: "agent"|"customer"|"other"}.
Writes JSONL to stdout, one line per input line and in the same order: {"id", "score" (-1..1), "label" (negative|neutral|positive)}.
Blank lines are skipped and produce no output line. Results are written as soon as the input read so far is scored,
so a caller may write one line and wait for its answer. If the reader closes stdout, the command stops with exit 0.

A malformed line stops the run: everything before it is written, the problem is printed on stderr as
"undertone sentiment: line N: <what was wrong>", and the exit code is 2.

Options:
  -h, --help   show this help

Exit codes: 0 ok, 2 malformed input line, 1 internal error.`;

/**
 * V8 optimizes a function after a budget of executed bytecode. This command usually lives for well under a second,
 * and at the default budget the optimizing compiler spends more CPU on the scoring functions than the optimized code
 * saves before the input ends; a larger budget leaves short runs in the baseline tiers and still optimizes long ones.
 */
const INTERRUPT_BUDGET_BYTES = 6_000_000;

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (args.length > 0) {
    process.stderr.write(`undertone sentiment: unknown option "${args[0]}"; input comes from stdin, see --help\n`);
    return EXIT.badInput;
  }
  setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET_BYTES}`);
  const model = await createModel();
  let batch = '';
  let lineNumber = 0;
  let problem: string | undefined;

  const scoreLine = (line: string): boolean => {
    lineNumber++;
    if (isBlank(line)) return true;
    const parsed = parseSentimentLine(line);
    if (!parsed.ok) {
      problem = parsed.problem;
      return false;
    }
    const { score, label } = model.scoreAndLabel?.(parsed.text, parsed.speaker) ?? model.score(parsed.text, parsed.speaker);
    batch += `{"id":${JSON.stringify(parsed.id)},"score":${score},"label":"${label}"}\n`;
    return true;
  };

  // Each chunk's output is written before the next read, so a caller that writes a line and waits for its answer
  // gets it, and memory stays constant for any input size.
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const bytes of stdinChunks()) {
    let text = rest + decoder.decode(bytes, { stream: true });
    let start = 0;
    let newline = text.indexOf('\n', start);
    while (newline >= 0) {
      const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
      if (!scoreLine(text.slice(start, end))) return await fail(batch, lineNumber, problem);
      start = newline + 1;
      newline = text.indexOf('\n', start);
    }
    rest = text.slice(start);
    text = '';
    if (!(await writeStdout(batch))) return EXIT.ok; // the reader closed the pipe: nobody wants the rest
    batch = '';
  }
  rest += decoder.decode();
  if (rest.length > 0 && !scoreLine(rest.endsWith('\r') ? rest.slice(0, -1) : rest)) {
    return await fail(batch, lineNumber, problem);
  }
  await writeStdout(batch);
  return EXIT.ok;
}

/**
 * Scores only (no drivers), over the lexicon table the build wrote; without it (a build that skipped that step), over
 * the package lexicons read as text, or imported as modules when that fails.
 */
async function createModel(): Promise<SentimentModel> {
  const lexicons =
    readSentimentValences() ??
    (await import('./sentiment-lexicons.js')).readPackageLexicons() ??
    (await import('@undertone/core/sentiment/package-lexicons')).PACKAGE_LEXICONS;
  return createLexiconSentimentEngine(lexicons, { explain: false });
}

async function fail(flushFirst: string, lineNumber: number, problem: string | undefined): Promise<number> {
  await writeStdout(flushFirst);
  process.stderr.write(`undertone sentiment: line ${lineNumber}: ${problem ?? 'malformed'}\n`);
  return EXIT.badInput;
}

function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) > 32) return false;
  return true;
}
