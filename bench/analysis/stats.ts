/** Timing helpers shared by the benchmarks: run a function many times and summarize per-call milliseconds. */
export interface Timing { medianMs: number; p95Ms: number; perSecond: number; runs: number }

export function timeEach(runs: number, warmup: number, fn: (i: number) => void): Timing {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples = new Float64Array(runs);
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn(i);
    samples[i] = Number(process.hrtime.bigint() - start) / 1e6;
  }
  samples.sort();
  const median = samples[Math.floor(runs / 2)]!;
  return { medianMs: median, p95Ms: samples[Math.floor(runs * 0.95)]!, perSecond: 1000 / median, runs };
}

export function formatMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}
