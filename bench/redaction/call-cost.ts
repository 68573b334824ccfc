import { generateCall, redactCall } from '@undertone/core';

/** What redaction adds to ingest: redactCall over demo calls with word timings (best of three passes). */
export function measureCallCost(count = 100): { callsPerSecond: number; msPerCall: number; utterancesPerCall: number; redactionsPerCall: number } {
  const calls = Array.from({ length: count }, (_, i) =>
    generateCall({ seed: 5000 + i, startedAt: '2026-11-02T14:00:00Z', agent: { id: `agent-${i}` }, targetTurns: 80, asrNoise: true, includeWords: true }),
  );
  // The demo dialogue has synthetic emails, dates of birth and addresses in its verification turns.
  const redactions = calls.reduce((n, c) => n + redactCall(c).redactions.length, 0);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    for (const call of calls) redactCall(call);
    best = Math.min(best, performance.now() - started);
  }
  return {
    callsPerSecond: count / (best / 1000),
    msPerCall: best / count,
    utterancesPerCall: calls.reduce((n, c) => n + c.utterances.length, 0) / count,
    redactionsPerCall: redactions / count,
  };
}
