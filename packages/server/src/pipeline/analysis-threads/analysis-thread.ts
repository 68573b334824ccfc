import { parentPort, workerData } from 'node:worker_threads';
import { UndertoneError, type CallAnalysis } from '@undertone/core';
import { defaultSteps, type ActiveRules } from '../default-steps.js';
import { prepareForStorage } from '../prepare-for-storage.js';
import { runAnalysisSteps } from '../run-analysis-steps.js';
import type { AnalysisTask, PrepareTask, ThreadReply, ThreadTask } from './thread-protocol.js';

/** An analysis thread: core's steps over the rules the main thread last sent, and ingest's import and redaction, one task at a time. */
const port = parentPort;
if (!port) throw new Error('analysis-thread.ts runs inside a worker thread started by the analysis thread pool');

let rules: ActiveRules | undefined;
// workerData: the `analysis` config section (AnalysisConfig), given when the pool starts the thread.
const steps = defaultSteps(() => {
  if (!rules) throw new Error('the analysis thread got a task before any rubrics and policies');
  return rules;
}, workerData ?? {});

function analyze(task: AnalysisTask): ThreadReply {
  if (task.rules) rules = task.rules;
  const computed = runAnalysisSteps(steps, task.call);
  const callOmitted = computed.analysis.call === task.call;
  const analysis = callOmitted ? ({ ...computed.analysis, call: undefined } as unknown as CallAnalysis) : computed.analysis;
  return { id: task.id, computed: { ...computed, analysis }, callOmitted };
}

function prepare(task: PrepareTask): ThreadReply {
  try {
    return { id: task.id, prepared: prepareForStorage(steps.importTranscript, task.request, task.redaction) };
  } catch (err) {
    if (!(err instanceof UndertoneError)) throw err;
    return { id: task.id, rejected: { code: err.code, message: err.message, issues: err.issues, ...(err.source !== undefined ? { source: err.source } : {}) } };
  }
}

port.on('message', (task: ThreadTask) => {
  let reply: ThreadReply;
  try {
    reply = task.kind === 'prepare' ? prepare(task) : analyze(task);
  } catch (err) {
    reply = { id: task.id, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
