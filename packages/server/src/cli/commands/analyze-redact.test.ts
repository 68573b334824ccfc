import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../../../dist/cli/main.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'undertone-analyze-redact-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function analyze(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, 'analyze', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const transcript = join(dir, 'call.txt');
writeFileSync(transcript, 'Agent: Can I get the card number?\nCustomer: Sure, it is 4539 1488 0343 6467 and my email is rosa@example.org.\n');
const meta = join(dir, 'meta.json');
writeFileSync(meta, JSON.stringify({ agent: { id: 'a-1' } }));
const customerText = (stdout: string) => (JSON.parse(stdout) as { call: { utterances: Array<{ text: string }> } }).call.utterances[1]!.text;

describe('undertone analyze --redact', () => {
  it('stays unredacted without the flag: the local report shows the transcript as it is', async () => {
    const result = await analyze([transcript, '--meta', meta, '--json']);
    expect(result.code).toBe(0);
    expect(customerText(result.stdout)).toBe('Sure, it is 4539 1488 0343 6467 and my email is rosa@example.org.');
  });

  it('redacts every category with --redact, only the listed ones with --redact-categories', async () => {
    const all = await analyze([transcript, '--meta', meta, '--json', '--redact']);
    expect(customerText(all.stdout)).toBe('Sure, it is [CARD] and my email is [EMAIL].');
    const some = await analyze([transcript, '--meta', meta, '--json', '--redact-categories', 'email']);
    expect(customerText(some.stdout)).toBe('Sure, it is 4539 1488 0343 6467 and my email is [EMAIL].');
  });

  it('names an unknown category and exits 2', async () => {
    const result = await analyze([transcript, '--meta', meta, '--redact-categories', 'card,passport']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown category "passport".*card, cvv/);
  });
});
