import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Prediction, SystemInput } from './dataset-kinds.js';

export interface SystemUnderTest {
  name: string;
  command: string;
  args: string[];
}

export interface SystemRun {
  predictions: Map<string, Prediction>;
  seconds: number;
  /** User + system CPU seconds of the process, when GNU time is installed; less disturbed by other load than wall clock. */
  cpuSeconds?: number;
}

const GNU_TIME = '/usr/bin/time';

/** Runs one system as a whole process: JSONL on stdin, JSONL on stdout, timed by wall clock. */
export function runSystem(system: SystemUnderTest, inputs: SystemInput[], cwd: string): Promise<SystemRun> {
  const payload = inputs.map((i) => JSON.stringify(i)).join('\n') + '\n';
  return new Promise((resolve, reject) => {
    const timeDir = existsSync(GNU_TIME) ? mkdtempSync(path.join(tmpdir(), 'bench-sentiment-')) : undefined;
    const timeFile = timeDir ? path.join(timeDir, 'cpu') : undefined;
    const [command, args] = timeFile
      ? [GNU_TIME, ['-f', '%U %S', '-o', timeFile, system.command, ...system.args]]
      : [system.command, system.args];
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (code !== 0) {
        reject(new Error(`${system.name} exited with ${code}: ${Buffer.concat(err).toString().slice(0, 500)}`));
        return;
      }
      const predictions = new Map<string, Prediction>();
      for (const line of Buffer.concat(out).toString().split('\n')) {
        if (line.trim() === '') continue;
        const { id, score, label } = JSON.parse(line) as { id: string; score: number; label: string };
        predictions.set(String(id), { score, label });
      }
      let cpuSeconds: number | undefined;
      if (timeFile && timeDir) {
        const [user, sys] = readFileSync(timeFile, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
        cpuSeconds = (user ?? 0) + (sys ?? 0);
        rmSync(timeDir, { recursive: true, force: true });
      }
      resolve(cpuSeconds === undefined ? { predictions, seconds } : { predictions, seconds, cpuSeconds });
    });
    child.stdin.end(payload);
  });
}
