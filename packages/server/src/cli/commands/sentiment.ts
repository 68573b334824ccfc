import { createInterface } from 'node:readline';
import { once } from 'node:events';
// Deep import: the core index pulls in zod and every importer, which would slow this command's start.
import { getDefaultSentimentModel } from '@undertone/core/sentiment/lexicon-sentiment-model';
import { EXIT } from '../command.js';
import { parseSentimentLine } from './sentiment-input.js';

const HELP = `Usage: undertone sentiment [options] < input.jsonl > output.jsonl

Score utterances with the built-in sentiment engine.
Reads JSONL from stdin, one object per line: {"id": string|number, "text": string, "speaker"?: "agent"|"customer"|"other"}.
Writes JSONL to stdout, one line per input line and in the same order: {"id", "score" (-1..1), "label" (negative|neutral|positive)}.
Blank lines are skipped and produce no output line.

A malformed line stops the run: everything before it is written, the problem is printed on stderr as
"undertone sentiment: line N: <what was wrong>", and the exit code is 2.

Options:
  -h, --help   show this help

Exit codes: 0 ok, 2 malformed input line, 1 internal error.`;

/** Output is written in batches of about this many characters. */
const BATCH_CHARS = 64 * 1024;

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP + '\n');
    return EXIT.ok;
  }
  if (args.length > 0) {
    process.stderr.write(`undertone sentiment: unknown option "${args[0]}"; input comes from stdin, see --help\n`);
    return EXIT.badInput;
  }
  const model = getDefaultSentimentModel();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let batch = '';
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber++;
      if (line.trim() === '') continue;
      const parsed = parseSentimentLine(line);
      if (!parsed.ok) {
        await write(batch);
        process.stderr.write(`undertone sentiment: line ${lineNumber}: ${parsed.problem}\n`);
        return EXIT.badInput;
      }
      const { score, label } = model.score(parsed.text, parsed.speaker);
      batch += `{"id":${JSON.stringify(parsed.id)},"score":${score},"label":"${label}"}\n`;
      if (batch.length >= BATCH_CHARS) {
        await write(batch);
        batch = '';
      }
    }
    await write(batch);
    return EXIT.ok;
  } finally {
    lines.close();
    process.stdin.destroy();
  }
}

/** Writes and waits for the pipe to drain when it is full, so memory stays constant for any input size. */
async function write(chunk: string): Promise<void> {
  if (chunk.length === 0) return;
  if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
}
