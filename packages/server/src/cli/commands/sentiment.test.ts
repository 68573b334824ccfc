import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSentimentLine } from './sentiment-input.js';

const CLI = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));

interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runSentiment(input: string, args: string[] = []): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'sentiment', ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined); // the CLI may stop reading early on a malformed line
    child.stdin.end(input);
  });
}

const jsonl = (rows: unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
const outputLines = (stdout: string): Array<{ id: string; score: number; label: string }> =>
  stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('undertone sentiment (built CLI)', () => {
  beforeAll(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` before these tests (npm test does)`);
  });

  it('writes one line per input line, in order, with id, score and label', async () => {
    const input = jsonl([
      { id: 'a', text: 'I love this, thank you so much!' },
      { id: 'b', text: 'I want to cancel my account', speaker: 'customer' },
      { id: 'c', text: 'thank you for calling', speaker: 'agent' },
      { id: 7, text: 'the order number is 12345', speaker: 'other' },
    ]);
    const { code, stdout, stderr } = await runSentiment(input);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const out = outputLines(stdout);
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 7]);
    expect(out[0]!.label).toBe('positive');
    expect(out[1]!.label).toBe('negative');
    expect(Object.keys(out[0]!)).toEqual(['id', 'score', 'label']);
    for (const o of out) expect(Math.abs(o.score)).toBeLessThanOrEqual(1);
  });

  it('streams many lines and keeps their order', async () => {
    const rows = Array.from({ length: 30_000 }, (_, i) => ({ id: `u${i}`, text: i % 2 ? 'great job' : 'this is terrible' }));
    const { code, stdout } = await runSentiment(jsonl(rows));
    expect(code).toBe(0);
    const out = outputLines(stdout);
    expect(out).toHaveLength(rows.length);
    expect(out.every((o, i) => o.id === `u${i}` && o.label === (i % 2 ? 'positive' : 'negative'))).toBe(true);
  });

  it('answers each line before the next arrives, so a caller can write a line and wait for its score', async () => {
    const child = spawn(process.execPath, [CLI, 'sentiment'], { stdio: ['pipe', 'pipe', 'pipe'] });
    child.stdout.setEncoding('utf8');
    const lines: string[] = [];
    let partial = '';
    const nextLine = (): Promise<string> =>
      new Promise((resolve) => {
        const take = (): boolean => {
          const line = lines.shift();
          if (line === undefined) return false;
          resolve(line);
          return true;
        };
        if (take()) return;
        const onData = (d: string): void => {
          partial += d;
          const parts = partial.split('\n');
          partial = parts.pop()!;
          lines.push(...parts);
          if (take()) child.stdout.off('data', onData);
        };
        child.stdout.on('data', onData);
      });
    child.stdin.write('{"id":"q1","text":"this is awful"}\n');
    expect(JSON.parse(await nextLine())).toMatchObject({ id: 'q1', label: 'negative' });
    child.stdin.write('{"id":"q2","text":"wonderful, thank you"}\n');
    expect(JSON.parse(await nextLine())).toMatchObject({ id: 'q2', label: 'positive' });
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
  });

  it('stops quietly with exit 0 when the reader closes the pipe (`... | head -1`)', async () => {
    const child = spawn(process.execPath, [CLI, 'sentiment'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdin.on('error', () => undefined);
    child.stdout.once('data', () => child.stdout.destroy());
    const line = '{"id":"x","text":"fine, thanks"}\n';
    const writeMore = (): void => {
      while (child.stdin.writable && child.stdin.write(line.repeat(2000)));
      if (child.stdin.writable) child.stdin.once('drain', writeMore);
    };
    writeMore();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('reads multi-byte characters split across reads and a last line without a newline', async () => {
    const { code, stdout } = await runSentiment(`${'{"id":"e","text":"😡 terrible"}\n'.repeat(20_000)}{"id":"last","text":"merci 🙂"}`);
    expect(code).toBe(0);
    const out = outputLines(stdout);
    expect(out).toHaveLength(20_001);
    expect(out[0]).toMatchObject({ id: 'e', label: 'negative' });
    expect(out.at(-1)).toMatchObject({ id: 'last', label: 'positive' });
  });

  it('skips blank lines without output', async () => {
    const { code, stdout } = await runSentiment('{"id":"1","text":"good"}\n\n   \n{"id":"2","text":"bad"}\n');
    expect(code).toBe(0);
    expect(outputLines(stdout).map((o) => o.id)).toEqual(['1', '2']);
  });

  it('on a malformed line flushes earlier output, names the line on stderr and exits 2', async () => {
    const before = Array.from({ length: 5_000 }, (_, i) => ({ id: `ok${i}`, text: 'fine thanks' }));
    const input = jsonl(before) + '{"id":"x","text":\n' + jsonl([{ id: 'after', text: 'never scored' }]);
    const { code, stdout, stderr } = await runSentiment(input);
    expect(code).toBe(2);
    expect(outputLines(stdout)).toHaveLength(5_000);
    expect(stdout).not.toContain('after');
    expect(stderr).toMatch(/^undertone sentiment: line 5001: not valid JSON/);
  });

  it.each([
    ['{"text":"hi"}', 'missing "id"'],
    ['{"id":"1"}', 'missing "text"'],
    ['{"id":"1","text":5}', '"text" must be a string'],
    ['{"id":"1","text":"hi","speaker":"bot"}', 'invalid "speaker"'],
    ['[1,2]', 'expected a JSON object'],
  ])('rejects %s', async (line, message) => {
    const { code, stderr } = await runSentiment(`{"id":"0","text":"ok"}\n${line}\n`);
    expect(code).toBe(2);
    expect(stderr).toContain('line 2: ');
    expect(stderr).toContain(message);
  });

  it('prints usage with --help', async () => {
    const { code, stdout } = await runSentiment('', ['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: undertone sentiment');
    expect(stdout).toContain('Blank lines are skipped');
  });
});

describe('parseSentimentLine', () => {
  it('accepts the optional speaker and numeric ids', () => {
    expect(parseSentimentLine('{"id":3,"text":"x","speaker":"agent"}')).toEqual({ ok: true, id: 3, text: 'x', speaker: 'agent' });
    expect(parseSentimentLine('{"id":"a","text":""}')).toEqual({ ok: true, id: 'a', text: '' });
  });

  it('rejects an empty id', () => {
    expect(parseSentimentLine('{"id":"","text":"x"}')).toMatchObject({ ok: false });
  });
});
