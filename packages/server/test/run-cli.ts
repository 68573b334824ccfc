import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Child processes resolve @undertone/core to its sources, as vitest does, not to a possibly stale dist/. */
const CHILD_TSCONFIG = fileURLToPath(new URL('./tsconfig.source.json', import.meta.url));

/** Runs the real CLI (TypeScript sources through tsx) in a child process. */
export function undertone(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/server/src/cli/main.ts', ...args], { cwd: REPO_ROOT, env: { ...process.env, TSX_TSCONFIG_PATH: CHILD_TSCONFIG, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
