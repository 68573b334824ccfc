import { spawn } from 'node:child_process';
import type { Prediction, SystemInput } from './dataset-kinds.js';

export interface SystemUnderTest {
  name: string;
  command: string;
  args: string[];
}

export interface SystemRun {
  predictions: Map<string, Prediction>;
  seconds: number;
}

/** Runs one system as a whole process: JSONL on stdin, JSONL on stdout, timed by wall clock. */
export function runSystem(system: SystemUnderTest, inputs: SystemInput[], cwd: string): Promise<SystemRun> {
  const payload = inputs.map((i) => JSON.stringify(i)).join('\n') + '\n';
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(system.command, system.args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
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
      resolve({ predictions, seconds });
    });
    child.stdin.end(payload);
  });
}
