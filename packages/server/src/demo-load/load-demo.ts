import { generateContactCenter, type Call } from '@undertone/core';
import type { Kysely } from 'kysely';
import type { JobQueue } from '../queue/job-queue.js';
import type { Database } from '../storage/schema.js';
import { insertDemoBatch } from './insert-demo-batch.js';

/** The demo's fixed seed: every fresh install shows the same contact center (shifted to the current date). */
export const DEMO_SEED = 20261124;

export interface DemoShape {
  days: number;
  teams: number;
  agentsPerTeam: number;
}

export const DEFAULT_DEMO_SHAPE: DemoShape = { days: 60, teams: 4, agentsPerTeam: 10 };
const BATCH_SIZE = 250;

export interface DemoLoadResult {
  total: number;
  loaded: number;
  teams: number;
  agents: number;
  elapsedMs: number;
}

/**
 * Stores the generated contact center's calls and queues their analysis, as the workers' normal input.
 * `now` comes from the caller (the server's clock), so the 60 days end today. Safe to re-run: stored calls are skipped.
 */
export async function loadDemo(
  deps: { db: Kysely<Database>; queue: JobQueue },
  opts: { now: Date; shape?: Partial<DemoShape>; onProgress?: (loaded: number, total: number) => void; clock?: () => number; signal?: AbortSignal },
): Promise<DemoLoadResult> {
  const clock = opts.clock ?? (() => performance.now());
  const started = clock();
  const shape = { ...DEFAULT_DEMO_SHAPE, ...opts.shape };
  const center = generateContactCenter({ seed: DEMO_SEED, now: opts.now.toISOString(), ...shape });
  let loaded = 0;
  let seen = 0;
  let batch: Call[] = [];
  const flush = async () => {
    loaded += await insertDemoBatch(deps.db, deps.queue, batch, opts.now);
    seen += batch.length;
    batch = [];
    opts.onProgress?.(seen, center.callCount);
  };
  opts.onProgress?.(0, center.callCount);
  for (const call of center.calls()) {
    // Stopping between batches leaves whole batches stored; the next start with --demo sees a non-empty database.
    if (opts.signal?.aborted) break;
    batch.push(call);
    if (batch.length >= BATCH_SIZE) await flush();
  }
  if (!opts.signal?.aborted) await flush();
  return { total: center.callCount, loaded, teams: center.teams.length, agents: center.agents.length, elapsedMs: Math.round(clock() - started) };
}
