import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { UndertoneError, type Call } from '@undertone/core';
import type { AnalysisConfig, RedactionConfig } from '../../config/config-schema.js';
import type { ActiveRules } from '../default-steps.js';
import type { IngestRequest } from '../ingest-call.js';
import type { PreparedCall } from '../prepare-for-storage.js';
import type { ComputedAnalysis } from '../run-analysis-steps.js';
import type { ThreadReply, ThreadTask } from './thread-protocol.js';

/**
 * Core's analysis, scoring and policies, and ingest's import and redaction, in `node:worker_threads`, off the thread
 * that talks to the database.
 */
export interface AnalysisThreadPool {
  readonly size: number;
  /** Analyzes, scores and flags `call` with `rules` in a thread; rejects with the analysis error's message. */
  run(call: Call, rules: ActiveRules): Promise<ComputedAnalysis>;
  /** `prepareForStorage` with core's importer in a thread; an input error rejects as the same UndertoneError. */
  prepare(request: IngestRequest, redaction: RedactionConfig | undefined): Promise<PreparedCall>;
  /** Tasks waiting or running on the least busy thread. */
  backlog(): number;
  /** Stops every thread; tasks still running are rejected. */
  close(): Promise<void>;
}

/** `worker.analysisThreads` when set, else one thread per core beyond the one this thread runs on, at least one. */
export function analysisThreadCount(configured: number | undefined): number {
  return configured ?? Math.max(1, availableParallelism() - 1);
}

interface Task {
  settle(reply: ThreadReply): void;
  reject(err: Error): void;
}

interface Thread {
  worker: Worker;
  running: Map<number, Task>;
  /** The rules object this thread last received: rules are sent again only when they change (a reload). */
  rulesSent?: ActiveRules;
  stopped: boolean;
}

/**
 * Starts `size` analysis threads. Each task goes to the thread with the fewest running; a thread that crashes fails
 * its tasks with the reason and is replaced on the next task. Idle threads do not keep the process alive.
 */
export function startAnalysisThreadPool(size: number, analysis: Partial<AnalysisConfig> = {}): AnalysisThreadPool {
  if (!Number.isInteger(size) || size < 1) throw new Error(`an analysis thread pool needs at least one thread, got ${size}`);
  let nextTaskId = 1;
  let closed = false;
  const threads: Thread[] = Array.from({ length: size }, startThread);

  function startThread(): Thread {
    const thread: Thread = { worker: spawnAnalysisThread(analysis), running: new Map(), stopped: false };
    thread.worker.unref();
    thread.worker.on('message', (reply: ThreadReply) => {
      const task = thread.running.get(reply.id);
      if (!task) return;
      thread.running.delete(reply.id);
      if (thread.running.size === 0) thread.worker.unref();
      if ('error' in reply) task.reject(new Error(reply.error));
      else if ('rejected' in reply) task.reject(new UndertoneError(reply.rejected.code, reply.rejected.message, reply.rejected));
      else task.settle(reply);
    });
    thread.worker.on('error', (err) => stop(thread, `the analysis thread crashed: ${err.message}`));
    thread.worker.on('exit', (code) => stop(thread, `the analysis thread exited (code ${code})`));
    return thread;
  }

  function stop(thread: Thread, reason: string): void {
    thread.stopped = true;
    for (const task of thread.running.values()) task.reject(new Error(reason));
    thread.running.clear();
  }

  function pickThread(): Thread {
    for (let i = 0; i < threads.length; i++) if (threads[i]!.stopped) threads[i] = startThread();
    return threads.reduce((best, t) => (t.running.size < best.running.size ? t : best));
  }

  function send(task: ThreadTask, settle: Task['settle'], reject: Task['reject'], thread = pickThread()): void {
    thread.running.set(task.id, { settle, reject });
    thread.worker.ref();
    thread.worker.postMessage(task);
  }

  return {
    size,
    run(call, rules) {
      if (closed) return Promise.reject(new Error('the analysis threads are stopped'));
      const thread = pickThread();
      const task: ThreadTask = { kind: 'analyze', id: nextTaskId++, call, ...(thread.rulesSent !== rules ? { rules } : {}) };
      thread.rulesSent = rules;
      return new Promise<ComputedAnalysis>((resolve, reject) => {
        const settle = (reply: ThreadReply) => {
          if (!('computed' in reply)) return reject(new Error('the analysis thread answered an analysis with something else'));
          resolve(reply.callOmitted ? { ...reply.computed, analysis: { ...reply.computed.analysis, call } } : reply.computed);
        };
        send(task, settle, reject, thread);
      });
    },
    prepare(request, redaction) {
      if (closed) return Promise.reject(new Error('the analysis threads are stopped'));
      return new Promise<PreparedCall>((resolve, reject) => {
        const settle = (reply: ThreadReply) => ('prepared' in reply ? resolve(reply.prepared) : reject(new Error('the analysis thread answered an import with something else')));
        send({ kind: 'prepare', id: nextTaskId++, request, redaction }, settle, reject);
      });
    },
    backlog() {
      return Math.min(...threads.map((t) => t.running.size));
    },
    async close() {
      closed = true;
      await Promise.all(threads.map(async (t) => {
        stop(t, 'the analysis threads are stopped');
        await t.worker.terminate();
      }));
    },
  };
}

/**
 * Built code starts the compiled thread module. From TypeScript sources (tests, benchmarks, `node --import tsx`)
 * the thread loads the sources through tsx's loader, which a new thread does not inherit.
 */
function spawnAnalysisThread(analysis: Partial<AnalysisConfig>): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./analysis-thread.js', here), { workerData: analysis });
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./analysis-thread.ts', here).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: analysis });
}
