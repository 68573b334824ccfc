import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) spent so far by this process (every thread) and by `pids` (child processes, read from
 * /proc; 0 where /proc is unavailable). A server's own CPU (PostgreSQL) is not counted.
 */
export function cpuSeconds(pids: number[] = []): number {
  const own = process.cpuUsage();
  return (own.user + own.system) / 1e6 + pids.reduce((sum, pid) => sum + childCpuSeconds(pid), 0);
}

const CLOCK_TICKS_PER_SECOND = 100;

function childCpuSeconds(pid: number): number {
  try {
    // Fields after the parenthesized command name: utime and stime are the 12th and 13th.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}
